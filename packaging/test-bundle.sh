#!/usr/bin/env bash
# Issue 25's check that the download works where no Python is: builds the bundle (unless an
# archive is named), unpacks it into a clean Debian root (packaging/debian-root.sh: a minimal
# system plus the X client libraries) and, under Xvfb:
#   - the window opens on the demo project, and Help → About opens (screenshots in OUT);
#   - the CLI prints its version, imports the seed reports and exports them as JSONL;
#   - the project opens the way a double-click does (the desktop entry's Exec line), and
#     install.sh registers the entry, icon and file type (checked with xdg-mime on this
#     machine when xdg-utils is installed).
# Needs root (chroot, mounts in a namespace of its own), debootstrap, Xvfb, xdotool and
# ImageMagick's `import`. Takes minutes: CI does not run it (tests/test_bundle.py runs it
# when CLAIMDESK_TEST_BUNDLE=1).
#   packaging/test-bundle.sh [ARCHIVE]
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD
OUT=${CLAIMDESK_BUNDLE_TEST_OUT:-$CHECKOUT/packaging/build/test}
DEBIAN_ROOT=${CLAIMDESK_DEBIAN_ROOT:-/var/tmp/claimdesk-debian-root}
DISPLAY_NUMBER=${CLAIMDESK_TEST_DISPLAY:-99}
SEEDS=${CLAIMDESK_SEEDS:-$(cd "$CHECKOUT/.." && pwd)/shared/seeds}
[[ -d $SEEDS ]] || { echo "no seed reports in $SEEDS: set CLAIMDESK_SEEDS" >&2; exit 2; }
export DISPLAY=:$DISPLAY_NUMBER
unset QT_QPA_PLATFORM  # a real X window is the point (pytest's set-up says offscreen)

step() { echo "== $*" >&2; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
for tool in debootstrap Xvfb xdotool import unshare; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done
[[ $(id -u) == 0 ]] || fail "run as root (chroot)"

ARCHIVE=${1:-}
if [[ -z $ARCHIVE ]]; then
    step "building the bundle"
    ARCHIVE=$(packaging/build.sh | tail -n1)
fi
rm -rf "$OUT"
mkdir -p "$OUT"

step "the clean Debian root"
DEBIAN_ROOT=$(packaging/debian-root.sh "$DEBIAN_ROOT" | tail -n1)
HOME_IN_ROOT=$DEBIAN_ROOT/home/tester
rm -rf "$DEBIAN_ROOT/opt/claimdesk" "$HOME_IN_ROOT"
mkdir -p "$DEBIAN_ROOT/opt/claimdesk" "$HOME_IN_ROOT/seeds" "$DEBIAN_ROOT/tmp/.X11-unix"
tar -C "$DEBIAN_ROOT/opt/claimdesk" --strip-components=1 -xzf "$ARCHIVE"
cp "$SEEDS"/*.txt "$HOME_IN_ROOT/seeds/"

# Runs a command inside the root, as a fresh login would: no variable from this shell. As an
# array, so a command started in the background is the one $! names (and ending it ends
# what it runs: --kill-child).
IN_ROOT=(
    unshare --mount --fork --kill-child -- sh -c '
        root=$1; display=$2; shift 2
        mount --rbind /dev "$root/dev"
        mount -t proc proc "$root/proc"
        mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        exec chroot "$root" /usr/bin/env -i HOME=/home/tester PATH=/usr/bin:/bin \
            LANG=C.UTF-8 DISPLAY="$display" CLAIMDESK_ANNOTATOR=Tester "$@"
    ' sh "$DEBIAN_ROOT" "$DISPLAY"
)
in_root() { "${IN_ROOT[@]}" "$@"; }

if in_root sh -c 'command -v python3 || command -v python || ls /usr/lib/python3*' 2>/dev/null; then
    fail "the Debian root has a Python"
fi

XVFB_PID=
APP_PID=
DESK_HOME=
cleanup() {
    [[ -n $APP_PID ]] && stop_app
    if [[ -n $DESK_HOME ]]; then  # what xdg-open started from there is not our child
        for exe in /proc/[0-9]*/exe; do
            [[ $(readlink "$exe" 2>/dev/null) == "$DESK_HOME"/* ]] && kill "$(basename "$(dirname "$exe")")"
        done
        rm -rf "$DESK_HOME"
    fi
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT
if ! xdpyinfo >/dev/null 2>&1 && ! xdotool getdisplaygeometry >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -noreset -screen 0 1366x768x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
fi

# Starts the app inside the root and waits (up to 60 s) for a window named $1.
start_app() {
    local name=$1 log=$2
    shift 2
    "${IN_ROOT[@]}" /opt/claimdesk/claimdesk "$@" >"$log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 600); do
        WINDOW=$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -n1 || true)
        [[ -n $WINDOW ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || fail "the app ended: $(tail -n5 "$log")"
        sleep 0.1
    done
    fail "no window named '$name' within 60 s: $(tail -n5 "$log")"
}
stop_app() {
    # unshare ignores SIGTERM while it waits: end the app it runs, and unshare follows.
    local app
    app=$(ps -o pid= --ppid "$APP_PID" || true)
    [[ -n $app ]] && kill $app 2>/dev/null
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

step "the window opens on the demo project"
start_app "demo.claimdesk — Claimdesk" "$OUT/app-demo.log"
sleep 3  # the panes fill and paint
import -window root "$OUT/bundle-demo.png"
xdotool windowfocus --sync "$WINDOW" 2>/dev/null || true
xdotool key alt+h
sleep 0.5
xdotool key a
for _ in $(seq 100); do
    xdotool search --onlyvisible --name "About Claimdesk" >/dev/null 2>&1 && break
    sleep 0.1
done
xdotool search --onlyvisible --name "About Claimdesk" >/dev/null 2>&1 || fail "Help → About did not open"
sleep 1
import -window root "$OUT/bundle-about.png"
stop_app
if grep -E "Could not (load|find) the Qt platform plugin|cannot open shared object" "$OUT/app-demo.log"; then
    fail "Qt could not start properly"
fi

step "the command line: version, import of the seed reports, JSONL export"
version=$(in_root /opt/claimdesk/claimdesk --version)
expected=$(basename "$ARCHIVE" | sed -E 's/^claimdesk-([^-]+)-.*/\1/')
[[ $version == "claimdesk $expected "* ]] || fail "--version said '$version'"
seeds=()
for seed in "$HOME_IN_ROOT"/seeds/*.txt; do seeds+=("/home/tester/seeds/$(basename "$seed")"); done
in_root /opt/claimdesk/claimdesk new /home/tester/seeds.claimdesk
in_root /opt/claimdesk/claimdesk import /home/tester/seeds.claimdesk "${seeds[@]}"
in_root /opt/claimdesk/claimdesk export --format jsonl -o /home/tester/seeds.jsonl \
    /home/tester/seeds.claimdesk
lines=$(grep -c . "$HOME_IN_ROOT/seeds.jsonl")
[[ $lines == "${#seeds[@]}" ]] || fail "the JSONL export has $lines lines for ${#seeds[@]} seeds"
cp "$HOME_IN_ROOT/seeds.jsonl" "$OUT/"

step "a saved web page imports (the extractor's data files are in the bundle)"
cat >"$HOME_IN_ROOT/page.html" <<'HTML'
<html><head><title>Harbour flood update</title></head><body><nav>Home | News</nav>
<article><h1>Harbour flood update</h1><p>More than 3,000 people had to leave their homes in
Vellmar Bay after part of the dam's spillway gave way late on Sunday, engineers said.</p>
<p>The town council said it evacuated around 1,200 residents, but volunteers counted at
least 3,000 people in the two sports halls on Monday morning.</p></article></body></html>
HTML
in_root /opt/claimdesk/claimdesk import /home/tester/seeds.claimdesk /home/tester/page.html
in_root /opt/claimdesk/claimdesk articles /home/tester/seeds.claimdesk | grep -q "Harbour flood update" \
    || fail "the web page was not imported"

step "documents import (PDF through the bundled PDFium, Word, a web archive, a transcript)"
for fixture in budget.pdf budget.docx capture.warc.gz speech.vtt; do
    cp "$CHECKOUT/tests/fixtures/sources/$fixture" "$HOME_IN_ROOT/"
    in_root /opt/claimdesk/claimdesk import /home/tester/seeds.claimdesk "/home/tester/$fixture" \
        || fail "importing $fixture failed"
done
in_root /opt/claimdesk/claimdesk articles /home/tester/seeds.claimdesk >"$OUT/articles.txt"
[[ $(grep -c . "$OUT/articles.txt") -ge 6 ]] || fail "the documents did not all import"

step "a report publishes (the Jinja2 templates are in the bundle), as HTML and as PDF"
demo=$(cd "$HOME_IN_ROOT" && find . -name demo.claimdesk | head -n1)  # made by the first start
[[ -n $demo ]] || fail "the first start made no demo project"
cp "$HOME_IN_ROOT/$demo" "$HOME_IN_ROOT/demo-copy.claimdesk"
in_root /opt/claimdesk/claimdesk report /home/tester/demo-copy.claimdesk -o /home/tester/report.html
grep -q "<html" "$HOME_IN_ROOT/report.html" || fail "no report page"
in_root /opt/claimdesk/claimdesk report /home/tester/demo-copy.claimdesk -o /home/tester/report.pdf
head -c 4 "$HOME_IN_ROOT/report.pdf" | grep -q "%PDF" || fail "no report PDF"
cp "$HOME_IN_ROOT/report.html" "$HOME_IN_ROOT/report.pdf" "$OUT/"

step "a project opens as a double-click opens it (the desktop entry's Exec)"
exec_line=$(grep '^Exec=' "$DEBIAN_ROOT/opt/claimdesk/share/claimdesk.desktop")
[[ $exec_line == "Exec=claimdesk %f" ]] || fail "unexpected $exec_line"
start_app "seeds.claimdesk — Claimdesk" "$OUT/app-project.log" /home/tester/seeds.claimdesk
sleep 2
import -window root "$OUT/bundle-project.png"
stop_app

step "the window in Spanish and in Arabic (right to left), from the bundled translations"
for language in es ar; do
    start_app "seeds" "$OUT/app-$language.log" --language "$language" /home/tester/seeds.claimdesk
    sleep 2
    import -window root "$OUT/bundle-$language.png"
    stop_app
done

step "install.sh registers the entry, the icon and the file type"
in_root /opt/claimdesk/install.sh >"$OUT/install.log"
registered=$DEBIAN_ROOT/home/tester/.local/share
grep -qx 'Exec="/opt/claimdesk/claimdesk" %f' "$registered/applications/claimdesk.desktop" \
    || fail "the installed entry's Exec is wrong"
for file in icons/hicolor/scalable/apps/claimdesk.svg mime/packages/claimdesk.xml; do
    [[ -f $registered/$file ]] || fail "install.sh did not place $file"
done
[[ -L $DEBIAN_ROOT/home/tester/.local/bin/claimdesk ]] || fail "no claimdesk command in ~/.local/bin"
if command -v xdg-mime >/dev/null && command -v update-mime-database >/dev/null \
    && command -v gio >/dev/null; then
    # As a GNOME session sees it (xdg-mime asks gio there; with no desktop named it sniffs
    # the content with file(1), which sees only an SQLite database).
    step "on this machine, with xdg-utils: the file type and its default application"
    desk_home=$(mktemp -d)
    DESK_HOME=$desk_home
    desk() {
        HOME=$desk_home XDG_DATA_HOME=$desk_home/.local/share XDG_CONFIG_HOME=$desk_home/.config \
            XDG_DATA_DIRS=/usr/share XDG_CURRENT_DESKTOP=GNOME CLAIMDESK_ANNOTATOR=Tester "$@"
    }
    cp -a "$DEBIAN_ROOT/opt/claimdesk" "$desk_home/Claimdesk"
    desk "$desk_home/Claimdesk/install.sh" >/dev/null
    cp "$HOME_IN_ROOT/seeds.claimdesk" "$desk_home/story.claimdesk"
    type=$(desk xdg-mime query filetype "$desk_home/story.claimdesk")
    default=$(desk xdg-mime query default application/x-claimdesk)
    step "a double-click (xdg-open) on a project opens it in the bundle's window"
    desk xdg-open "$desk_home/story.claimdesk" >"$OUT/xdg-open.log" 2>&1
    WINDOW=
    for _ in $(seq 600); do
        WINDOW=$(xdotool search --onlyvisible --name "story.claimdesk — Claimdesk" | head -n1 || true)
        [[ -n $WINDOW ]] && break
        sleep 0.1
    done
    [[ -n $WINDOW ]] || fail "xdg-open did not open the project: $(tail -n3 "$OUT/xdg-open.log")"
    sleep 2
    import -window root "$OUT/double-click.png"
    kill "$(xdotool getwindowpid "$WINDOW")"
    [[ $type == application/x-claimdesk* ]] || fail "xdg-mime calls a project '$type'"
    [[ $default == claimdesk.desktop ]] || fail "the default for projects is '$default'"
fi

archive_size=$(du -m "$ARCHIVE" | cut -f1)
folder_size=$(du -sm "$DEBIAN_ROOT/opt/claimdesk" | cut -f1)
echo "bundle: folder ${folder_size} MiB, archive ${archive_size} MiB ($(basename "$ARCHIVE"))"
((archive_size < 150)) || fail "the download is ${archive_size} MiB, not under 150"
echo "screenshots and logs: $OUT"
echo "the bundle works in a clean Debian root"
