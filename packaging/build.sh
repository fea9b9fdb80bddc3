#!/usr/bin/env bash
# Builds Claimdesk's download: a PyInstaller one-folder bundle (Python, Qt and the app, no
# Python needed to run it), packed as one archive. On Linux: claimdesk-VERSION-linux-ARCH.tar.gz
# with install.sh (menu entry, icon, .claimdesk file type). The Windows and macOS workflows in
# .github/workflows run this same script (in Git Bash on Windows) and get a .zip.
#   packaging/build.sh            → packaging/build/<archive>; its path is the last line printed
# Uses a build environment of its own (packaging/build/venv, kept between builds) holding only
# what the bundle is made of: PySide6-Essentials instead of PySide6 (no Qt add-ons).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/packaging/build
VENV=$BUILD/venv
PYTHON=${PYTHON:-python3}

case "$(uname -s)" in
    Linux) PLATFORM=linux ;;
    Darwin) PLATFORM=macos ;;
    MINGW* | MSYS* | CYGWIN*) PLATFORM=windows ;;
    *) echo "build.sh: no bundle recipe for $(uname -s)" >&2; exit 2 ;;
esac

# 1. The build environment: the app's run-time requirements from pyproject.toml, with
#    PySide6-Essentials for PySide6, then the app itself from this checkout (not editable).
[[ -d $VENV ]] || "$PYTHON" -m venv "$VENV"
BIN=$VENV/bin
[[ -d $VENV/Scripts ]] && BIN=$VENV/Scripts
"$BIN/python" -m pip install --quiet --upgrade pip
REQUIREMENTS=()
while IFS= read -r requirement; do  # not mapfile: macOS's bash 3.2 has none
    REQUIREMENTS+=("$requirement")
done < <("$BIN/python" - <<'PY'
import tomllib

for requirement in tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]:
    if requirement.startswith("PySide6"):
        requirement = requirement.replace("PySide6", "PySide6-Essentials", 1)
    print(requirement)
PY
)
"$BIN/python" -m pip install --quiet "pyinstaller>=6.10,<7" "${REQUIREMENTS[@]}"
if "$BIN/python" -m pip show --quiet PySide6-Addons 2>/dev/null; then
    echo "build.sh: PySide6-Addons is in the build environment; remove $VENV and build again" >&2
    exit 1
fi
"$BIN/python" -m pip install --quiet --no-deps --force-reinstall "$ROOT"
VERSION=$("$BIN/python" -c "from importlib.metadata import version; print(version('claimdesk'))")

# 2. The third-party list and licence texts, the icon Windows and macOS want (PyInstaller
#    turns a PNG into .ico/.icns with Pillow, which stays in the build environment), then
#    the bundle.
rm -rf "$BUILD/notices" "$BUILD/dist" "$BUILD/claimdesk-icon.png"
if [[ $PLATFORM != linux ]]; then
    "$BIN/python" -m pip install --quiet pillow
    QT_QPA_PLATFORM=offscreen "$BIN/python" - "$BUILD/claimdesk-icon.png" <<'PY'
import sys

from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
image = QImage(512, 512, QImage.Format.Format_ARGB32)
image.fill(0)
painter = QPainter(image)
QSvgRenderer("resources/icons/claimdesk.svg").render(painter)
painter.end()
image.save(sys.argv[1])
PY
fi
"$BIN/python" packaging/notices.py "$BUILD/notices" --leave-out pip --leave-out setuptools
CLAIMDESK_NOTICES=$BUILD/notices "$BIN/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/claimdesk.spec

# 3. One archive to download.
ARCH=$(uname -m)
NAME=claimdesk-$VERSION-$PLATFORM-$ARCH
STAGE=$BUILD/stage/$NAME
rm -rf "$BUILD/stage"
mkdir -p "$BUILD/stage"
case $PLATFORM in
    linux)
        mv "$BUILD/dist/claimdesk" "$STAGE"
        mkdir -p "$STAGE/share"
        cp resources/claimdesk.desktop resources/icons/claimdesk.svg \
            packaging/linux/claimdesk-mime.xml "$STAGE/share/"
        cp packaging/linux/install.sh packaging/linux/README.txt "$STAGE/"
        ARCHIVE=$BUILD/$NAME.tar.gz
        tar -C "$BUILD/stage" -czf "$ARCHIVE" "$NAME"
        ;;
    windows)
        mv "$BUILD/dist/claimdesk" "$STAGE"
        ARCHIVE=$BUILD/$NAME.zip
        (cd "$BUILD/stage" && "$BIN/python" -m zipfile -c "$ARCHIVE" "$NAME")
        ;;
    macos)
        mkdir -p "$STAGE"
        mv "$BUILD/dist/Claimdesk.app" "$STAGE/"
        ARCHIVE=$BUILD/$NAME.zip
        ditto -c -k --keepParent "$STAGE" "$ARCHIVE"  # keeps the app's symlinks and signature
        ;;
esac
echo "bundle folder: $STAGE ($(du -sh "$STAGE" | cut -f1))" >&2
echo "archive: $(du -h "$ARCHIVE" | cut -f1)" >&2
echo "$ARCHIVE"
