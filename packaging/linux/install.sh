#!/bin/sh
# Registers this Claimdesk folder with your desktop, for you alone (no root needed): the menu
# entry, the icon, .claimdesk project files opening in Claimdesk on a double-click, and the
# `claimdesk` command in ~/.local/bin. Run it again after moving the folder.
#   ./install.sh              register
#   ./install.sh --uninstall  remove all of that (this folder stays)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
APPS=$DATA/applications
ICONS=$DATA/icons/hicolor/scalable
MIME=$DATA/mime

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$MIME"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$APPS"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$APPS/claimdesk.desktop" "$ICONS/apps/claimdesk.svg" \
        "$ICONS/mimetypes/application-x-claimdesk.svg" "$MIME/packages/claimdesk.xml"
    if [ -L "$BIN/claimdesk" ] && [ "$(readlink "$BIN/claimdesk")" = "$HERE/claimdesk" ]; then
        rm -f "$BIN/claimdesk"
    fi
    refresh
    echo "Claimdesk is no longer registered; delete $HERE to remove it."
    exit 0
fi

case "$HERE" in
    *'"'* | *'`'* | *'$'* | *'\'*)
        echo "install.sh: move this folder to a path without \" \` \$ or \\ first" >&2
        exit 1
        ;;
esac
mkdir -p "$APPS" "$ICONS/apps" "$ICONS/mimetypes" "$MIME/packages" "$BIN"
sed -e "s|^Exec=.*|Exec=\"$HERE/claimdesk\" %f|" -e "/^Exec=/a TryExec=$HERE/claimdesk" \
    "$HERE/share/claimdesk.desktop" >"$APPS/claimdesk.desktop"
cp "$HERE/share/claimdesk.svg" "$ICONS/apps/claimdesk.svg"
cp "$HERE/share/claimdesk.svg" "$ICONS/mimetypes/application-x-claimdesk.svg"
cp "$HERE/share/claimdesk-mime.xml" "$MIME/packages/claimdesk.xml"
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default claimdesk.desktop application/x-claimdesk
fi
if [ ! -e "$BIN/claimdesk" ] || [ -L "$BIN/claimdesk" ]; then
    ln -sfn "$HERE/claimdesk" "$BIN/claimdesk"
    echo "The claimdesk command: $BIN/claimdesk"
else
    echo "$BIN/claimdesk exists and is not this one: left as it is" >&2
fi
echo "Claimdesk is in your applications menu, and .claimdesk files open in it."
