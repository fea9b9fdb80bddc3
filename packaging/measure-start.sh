#!/usr/bin/env bash
# Cold start of the bundle against the installed app: the wall time from starting
# `claimdesk PROJECT` to its main window being mapped on the X server (xdotool polls every
# 10 ms), a fresh process each run with the file cache warm (as from a second start on);
# the median of ROUNDS x 5 runs each, timed by hyperfine in alternating rounds (this machine
# is shared: load that comes and goes then falls on both alike). Both run here, with the same
# project (the demo articles) and the same home folder.
#   packaging/measure-start.sh BUNDLE_FOLDER [ROUNDS]   (installed app: .venv/bin/claimdesk)
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=$(cd "$1" && pwd)/claimdesk
ROUNDS=${2:-5}
INSTALLED=${CLAIMDESK_INSTALLED:-$PWD/.venv/bin/claimdesk}
for tool in hyperfine xdotool; do
    command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }
done
unset QT_QPA_PLATFORM  # the window on the X server is what is timed
WORK=$(mktemp -d)
XVFB_PID=
cleanup() {
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID"
    rm -rf "$WORK"
}
trap cleanup EXIT
if [[ -z ${DISPLAY:-} ]]; then
    export DISPLAY=:${CLAIMDESK_TEST_DISPLAY:-99}
    Xvfb "$DISPLAY" -noreset -screen 0 1366x768x24 >/dev/null 2>&1 &
    XVFB_PID=$!
    sleep 1
fi
export HOME=$WORK/home CLAIMDESK_ANNOTATOR=Bench
mkdir -p "$HOME"
"$BUNDLE" new "$WORK/measure.claimdesk" >/dev/null
"$BUNDLE" import "$WORK/measure.claimdesk" resources/demo/*.txt >/dev/null
cat >"$WORK/until-shown.sh" <<'SH'
#!/usr/bin/env bash
# Starts the command, returns once its window is mapped, then ends it.
"$@" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 3000); do
    xdotool search --onlyvisible --name "measure.claimdesk — Claimdesk" >/dev/null 2>&1 && break
    sleep 0.01
done
# The app's own processor time up to here (user + system, in clock ticks): less swayed than
# the wall time by what else the machine runs.
read -r -a stat <"/proc/$pid/stat"
echo $((stat[13] + stat[14])) >>"$CPU_LOG"
kill "$pid"
wait "$pid" 2>/dev/null || true
SH
chmod +x "$WORK/until-shown.sh"
for round in $(seq "$ROUNDS"); do
    hyperfine --warmup 1 --runs 5 --export-json "$WORK/start-$round.json" --style basic \
        -n bundle "CPU_LOG=$WORK/cpu-bundle $WORK/until-shown.sh $BUNDLE $WORK/measure.claimdesk" \
        -n installed "CPU_LOG=$WORK/cpu-installed $WORK/until-shown.sh $INSTALLED $WORK/measure.claimdesk" \
        >&2
done
python3 - "$WORK" "$(getconf CLK_TCK)" <<'PY'
import json
import statistics
import sys
from pathlib import Path

work, ticks = Path(sys.argv[1]), int(sys.argv[2])
times = {"bundle": [], "installed": []}
for path in sorted(work.glob("start-*.json")):
    for result in json.load(open(path))["results"]:
        times[result["command"]] += result["times"]
bundle, installed = (statistics.median(times[name]) for name in ("bundle", "installed"))
print(
    f"cold start to window, median of {len(times['bundle'])} runs each: bundle {bundle:.3f} s,"
    f" installed app {installed:.3f} s (bundle/installed x{bundle / installed:.2f});"
    f" fastest: bundle {min(times['bundle']):.3f} s, installed {min(times['installed']):.3f} s"
)
cpu = {
    name: statistics.median(int(line) for line in (work / f"cpu-{name}").read_text().split())
    / ticks
    for name in times
}
print(
    f"processor time of the app to its window, median: bundle {cpu['bundle']:.2f} s,"
    f" installed app {cpu['installed']:.2f} s (x{cpu['bundle'] / cpu['installed']:.2f})"
)
PY
