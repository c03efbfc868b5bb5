#!/usr/bin/env bash
# Installs the real SPICE peers the interop tests run against (Debian 12 packages), when missing.
# Idempotent; needs root. About 190 MB on a fresh machine.
set -euo pipefail
pkgs=(qemu-system-x86 spice-client-gtk virt-viewer xvfb xserver-xspice spice-vdagent
      spice-html5 websockify libspice-protocol-dev imagemagick x11-apps x11-utils
      x11-xserver-utils xterm xdotool xclip socat iproute2 python3 chromium
      busybox-static alsa-utils usbutils kmod cpio pulseaudio-utils)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "peers: all installed"; exit 0; }
if [ "$(id -u)" != 0 ]; then
  echo "peers missing (${missing[*]}); run as root to install them" >&2; exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "peers: installing ${missing[*]}"
timeout 900 apt-get update -qq
timeout 1200 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
