#!/usr/bin/env bash
# scripts/guest/build-guest.sh [OUT=/var/tmp/spice-dotnet-guest]
#
# Makes the tiny Linux guest the interop tests boot in QEMU (qxl, 1024x768 framebuffer):
#   OUT/vmlinuz      Debian 12's kernel (apt-get download, unpacked, never installed)
#   OUT/initrd.img   gzip'd newc cpio: static busybox, alsa/usbutils tools, the needed modules, /init
#   OUT/photo.png    the test picture; in guestmode=photo the screen equals it pixel for pixel
# Kernel options understood by the guest: guestmode=shell|photo|animate|tone|loop|usb, animsecs=N,
# serialshell. Readiness: a "GUEST-READY mode=..." line on the first serial port.
#
# Idempotent: reruns rebuild OUT except OUT/.cache (the downloaded kernel .deb). Root, Debian 12.
# Env: KPKG=linux-image-<ver>-amd64 pins the kernel; GUEST_PHOTO=file replaces the test picture.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C

out=${1:-/var/tmp/spice-dotnet-guest}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
debs=$out/.cache
scratch=$out/.work
root=$scratch/initrd
kroot=$scratch/kernel
started=$(date +%s)

say()  { printf '[guest] %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (apt-get)"

# 1. Tools on the host (installed only if absent). busybox has to be the static build.
static_bin() { ! ldd "$1" >/dev/null 2>&1; }
wanted=()
have() { command -v "$1" >/dev/null 2>&1; }
have busybox && static_bin "$(command -v busybox)" || wanted+=(busybox-static)
have aplay    || wanted+=(alsa-utils)
have lsusb    || wanted+=(usbutils)
have depmod   || wanted+=(kmod)
have cpio     || wanted+=(cpio)
have convert  || wanted+=(imagemagick)
if [ ${#wanted[@]} -gt 0 ]; then
  say "installing ${wanted[*]}"
  timeout 600 apt-get update -qq >&2 || true
  timeout 600 apt-get install -y -qq --no-install-recommends "${wanted[@]}" >&2 || fail "apt-get install"
fi
bb=$(command -v busybox)
static_bin "$bb" || fail "$bb is dynamically linked; install busybox-static"
magick=$(command -v convert-im6.q16 || command -v convert)

# 2. Kernel package: resolve, download once into the cache, unpack into scratch.
resolve_kpkg() {
  apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n 1
}
kpkg=${KPKG:-$(resolve_kpkg)}
if [ -z "$kpkg" ]; then
  timeout 600 apt-get update -qq >&2 || true
  kpkg=$(resolve_kpkg)
fi
[ -n "$kpkg" ] || fail "cannot resolve the linux-image-amd64 dependency"
mkdir -p "$debs"
deb=$(find "$debs" -maxdepth 1 -name "${kpkg}_*.deb" | head -n 1)
if [ -z "$deb" ]; then
  say "downloading $kpkg"
  dl=$(mktemp -d)
  chmod 0777 "$dl"    # apt's _apt user writes the file
  if ! (cd "$dl" && timeout 600 apt-get download "$kpkg" >&2); then rm -rf "$dl"; fail "apt-get download $kpkg"; fi
  rm -f "$debs"/*.deb
  mv "$dl"/*.deb "$debs"/
  rm -rf "$dl"
  deb=$(find "$debs" -maxdepth 1 -name "${kpkg}_*.deb" | head -n 1)
fi
rm -rf "$scratch"
mkdir -p "$kroot" "$root"
dpkg-deb -x "$deb" "$kroot"
kver=$(basename "$(find "$kroot/lib/modules" -mindepth 1 -maxdepth 1 -type d | head -n 1)")
[ -f "$kroot/boot/vmlinuz-$kver" ] || fail "$deb holds no vmlinuz"
say "kernel $kver"

# 3. Root file system: busybox applets, then dynamic tools with the libraries ldd names.
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,etc,proc,sys,dev,tmp,run,root,share,usr/share/alsa} \
         "$root/lib/modules/$kver"
install -m 0755 "$bb" "$root/bin/busybox"
for applet in $("$bb" --list-full); do
  [ -e "$root/$applet" ] || ln -s /bin/busybox "$root/$applet"
done
add_program() {
  local src; src=$(command -v "$1")
  install -D -m 0755 "$src" "$root/usr/bin/$1"
  ldd "$src" | grep -o '/[^ ]*' | while read -r lib; do
    [ -e "$root$lib" ] || install -D -m 0755 "$(readlink -f "$lib")" "$root$lib"
  done
}
for p in aplay arecord amixer speaker-test lsusb; do add_program "$p"; done
# alsa-lib loads its config tree even for hw: and plughw: devices
cp -a /usr/share/alsa/alsa.conf /usr/share/alsa/cards /usr/share/alsa/pcm /usr/share/alsa/ctl \
  "$root/usr/share/alsa/"

# 4. Kernel modules and their dependencies, listed in insmod order in /etc/modules.order.
depmod -b "$kroot" "$kver"
modules=(qxl snd_hda_intel snd_hda_codec_generic xhci_pci ehci_pci uhci_hcd usbhid hid_generic
         usb_storage uas sd_mod evdev)
: > "$root/etc/modules.order"
for m in "${modules[@]}"; do
  modprobe -d "$kroot" -S "$kver" --show-depends "$m" || fail "no module $m"
done | awk '$1 == "insmod" && !dup[$2]++ { print $2 }' | while read -r ko; do
  inside=${ko#"$kroot"}
  install -D -m 0644 "$ko" "$root$inside"
  echo "$inside" >> "$root/etc/modules.order"
done
cp "$kroot/lib/modules/$kver"/modules.{order,builtin,builtin.modinfo} "$root/lib/modules/$kver/"
depmod -b "$root" "$kver"    # so request_module() in the guest works through busybox modprobe
say "$(wc -l < "$root/etc/modules.order") modules"

# 5. Content. The picture: a seeded plasma blended with a sky gradient, pure red/green/blue/white
# corner squares (channel-order probes) and a white ring; stored raw as the framebuffer's BGRX.
"$magick" -seed 4242 -size 1024x768 plasma:fractal -blur 0x1 -auto-level -modulate 100,170 \
  \( -size 1024x768 gradient:'#1e5aa0'-'#f0c070' \) -compose blend -define compose:args=70,30 -composite \
  -fill '#ff0000' -draw 'rectangle 0,0 63,63'     -fill '#00ff00' -draw 'rectangle 960,0 1023,63' \
  -fill '#0000ff' -draw 'rectangle 0,704 63,767'  -fill '#ffffff' -draw 'rectangle 960,704 1023,767' \
  -fill none -stroke '#ffffff' -strokewidth 6 -draw 'circle 512,384 512,224' \
  -alpha off -depth 8 -define png:exclude-chunks=date,time "$scratch/photo.png"
if [ -n "${GUEST_PHOTO:-}" ]; then
  "$magick" "$GUEST_PHOTO" -resize '1024x768!' -alpha off -depth 8 "$scratch/photo.png" || fail "GUEST_PHOTO"
fi
"$magick" "$scratch/photo.png" -depth 8 "bgra:$root/share/photo.bgra"
[ "$(stat -c %s "$root/share/photo.bgra")" -eq $((1024 * 768 * 4)) ] || fail "raw photo has the wrong size"
# One second of a 440 Hz sine (a whole number of periods, so it loops cleanly): 48 kHz, stereo, S16LE.
perl -e '
  my $rate = 48000; my $pcm = "";
  for my $i (0 .. $rate - 1) { my $v = int(12000 * sin(2 * 3.141592653589793 * 440 * $i / $rate)); $pcm .= pack("vv", $v & 0xffff, $v & 0xffff); }
  print "RIFF", pack("V", 36 + length $pcm), "WAVE", "fmt ", pack("VvvVVvv", 16, 1, 2, $rate, $rate * 4, 4, 16),
        "data", pack("V", length $pcm), $pcm;' > "$root/share/tone440.wav"

# 6. The guest's own scripts (kept as files next to this one).
install -m 0755 "$here/files/init" "$root/init"
for f in guest-serial guest-demo showphoto guest-animate guest-tone guest-loop guest-usb; do
  install -m 0755 "$here/files/$f" "$root/bin/$f"
done
install -m 0644 "$here/files/profile" "$root/etc/profile"

# 7. Pack into OUT.
rm -f "$out/vmlinuz" "$out/initrd.img" "$out/photo.png" "$out/kernel-version"
(cd "$root" && find . -mindepth 1 | sort | cpio -o -H newc -R 0:0 --quiet | gzip -6 > "$out/initrd.img.tmp")
mv "$out/initrd.img.tmp" "$out/initrd.img"
cp "$kroot/boot/vmlinuz-$kver" "$out/vmlinuz"
cp "$scratch/photo.png" "$out/photo.png"
echo "$kver" > "$out/kernel-version"
rm -rf "$scratch"
say "built in $(( $(date +%s) - started )) s: $out/vmlinuz, $out/initrd.img, $out/photo.png"
