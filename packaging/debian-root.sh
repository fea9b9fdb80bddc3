#!/usr/bin/env bash
# Makes the clean Debian system the bundle is tested in: debootstrap's minimal base plus only
# the X client libraries and a font that any Debian or Ubuntu desktop has. No Python: the
# bundle must bring its own. Needs root and debootstrap; reuses ROOT once it is complete.
#   packaging/debian-root.sh [ROOT]   (default /var/tmp/claimdesk-debian-root)
set -euo pipefail
ROOT="${1:-/var/tmp/claimdesk-debian-root}"
SUITE="${CLAIMDESK_DEBIAN_SUITE:-bookworm}"
DESKTOP_LIBS=(
    libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-xcb1
    libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xinput0 libxcb-xkb1
    fonts-dejavu-core
)

if [[ -f "$ROOT/.claimdesk-root-complete" ]]; then
    echo "$ROOT"
    exit 0
fi

# The mirror this machine's apt already uses (CLAIMDESK_DEBIAN_MIRROR overrides it).
mirror="${CLAIMDESK_DEBIAN_MIRROR:-}"
if [[ -z "$mirror" ]]; then
    mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -oE '^(URIs:|deb) +[^ ]+' \
        | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)"
fi
[[ -n "$mirror" ]] || { echo "no Debian mirror found; set CLAIMDESK_DEBIAN_MIRROR" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "debootstrap is not installed" >&2; exit 2; }

rm -rf "$ROOT"
include="$(IFS=,; echo "${DESKTOP_LIBS[*]}")"
debootstrap --variant=minbase --include="$include" "$SUITE" "$ROOT" "$mirror" >&2
if chroot "$ROOT" sh -c 'command -v python3 || command -v python' >/dev/null; then
    echo "the Debian root has a Python; the test would not show the bundle brings its own" >&2
    exit 1
fi
touch "$ROOT/.claimdesk-root-complete"
echo "$ROOT"
