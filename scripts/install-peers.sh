#!/usr/bin/env bash
# Installs what the interop tests need, when missing (Debian 12 packages): the real SPICE peers
# (QEMU + spice-server, Xspice, spice-gtk tools, remote-viewer, spice-html5 + websockify + Chromium),
# the X tools the harness drives them with, and the host tools scripts/guest/build-guest.sh uses.
# Idempotent and quiet; needs root when something is missing. About 190 MB on a fresh machine.
set -euo pipefail
pkgs=(
  # peers
  qemu-system-x86 qemu-utils xserver-xspice spice-client-gtk virt-viewer spice-vdagent
  spice-html5 websockify chromium libspice-protocol-dev
  # X and screenshots: Xvfb, xdpyinfo, xsetroot, xterm, xeyes, xdotool, ImageMagick import/convert
  xvfb x11-utils x11-xserver-utils x11-apps xterm xdotool xclip imagemagick
  # harness and guest builder: setsid/flock, python3 (http.server), busybox-static, alsa-utils,
  # usbutils, kmod (depmod/modprobe), cpio, gzip, perl, apt (apt-get download)
  util-linux python3 busybox-static alsa-utils usbutils kmod cpio gzip perl-base socat iproute2
  # sound for spice-gtk clients (spicy, remote-viewer) into a headless PulseAudio null sink
  pulseaudio-utils pulseaudio gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio ca-certificates
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# the guest needs a static busybox: a dynamic "busybox" package would shadow busybox-static's
if command -v busybox >/dev/null 2>&1 && ldd "$(command -v busybox)" >/dev/null 2>&1; then
  missing+=(busybox-static)
fi
if [ ${#missing[@]} -eq 0 ]; then echo "peers: all installed"; exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "peers missing (${missing[*]}); run scripts/install-peers.sh as root" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "peers: installing ${missing[*]}"
timeout 900 apt-get update -qq
timeout 1200 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
