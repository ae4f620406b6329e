#!/usr/bin/env bash
# Drives the real UA Writer with real X input (xdotool) for docs/walkthrough.md, taking a
# screenshot after each step into docs/screenshots/walkthrough-NN-*.png.
#
# Run from the repository root, after `make translations`:
#
#   apt-get install -y xvfb xauth xdotool imagemagick openbox optipng poppler-utils \
#       libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
#   xvfb-run -a -s "-screen 0 1366x768x24" bash docs/screenshots/walkthrough.sh
#
# The click positions were read off the screenshots of a 1366×768 screen with the openbox
# window manager (title bar 21 px) and Qt's Fusion-like default style, with the window
# maximised, as the app does at its first start on a screen under 900 px tall; another
# screen size, window manager or font changes them. Each run uses a fresh data folder and
# HOME (with an empty Documents folder), so the app starts as on a volunteer's first day,
# with the real date of today. The screenshots of the previous run are deleted first.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/docs/screenshots"
WORK=/tmp/uawriter-walkthrough  # a fixed path: it shows in the last screenshot
rm -rf "$WORK"
mkdir -p "$WORK/data" "$WORK/home/Documents"
rm -f "$OUT"/walkthrough-*.png  # the screenshots of an earlier run, whose steps may differ

CLICKS=0
KEYS=0
TYPED=0
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

shot() { sleep "${2:-1.5}"; import -window root "$OUT/walkthrough-$1.png"; echo "  shot $1"; }
click() { xdotool mousemove "$1" "$2" click 1; CLICKS=$((CLICKS + 1)); sleep 0.4; }
press() { xdotool key "$@"; KEYS=$((KEYS + $#)); }
typed() {
    xdotool type --delay 90 "$1"
    KEYS=$((KEYS + ${#1}))
    TYPED=$((TYPED + ${#1}))
}

if command -v openbox >/dev/null; then
    HOME="$WORK/home" openbox >"$WORK/openbox.log" 2>&1 &
    pids+=($!)
    sleep 1
fi

cd "$ROOT"
QT_QPA_PLATFORM=xcb UAWRITER_DATA_DIR="$WORK/data" HOME="$WORK/home" \
    .venv/bin/python -m uawriter >"$WORK/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do
    xdotool search --name '^UA Writer$' >/dev/null 2>&1 && break
    sleep 0.2
done
START=$(date +%s.%N)

echo "1. UA Writer opens (maximised: the screen is under 900 px tall), on UA 129/10"
shot 01-start 3

echo "2. letter language: Kazakh"
click 499 454                  # Letter language box
shot 02-language 0.8
click 456 455                  # "Kazakh (asked for)"

echo "3. your name"
click 477 579                  # Name field
typed "Aigerim N."
shot 03-name 2

echo "4. untick one talking point by clicking its text"
xdotool mousemove 820 212      # the second point's text (1951 Refugee Convention)
sleep 1.5                      # its tooltip: the point as worded in the letter
import -window root "$WORK/tooltip.png"
convert "$WORK/tooltip.png" -crop 790x270+250+45 +repage "$OUT/walkthrough-04-point-tooltip.png"
echo "  shot 04-point-tooltip"
xdotool click 1
CLICKS=$((CLICKS + 1))
shot 04-point 2.5

echo "5. a sentence of your own"
click 900 506                  # right of "Құрметті Президент мырза!" (caret to its end)
press Return Return
typed "Мен Алматыда тұрамын және бұл істі мұқият қадағалап отырмын."
# xdotool types Cyrillic by remapping a spare key for each letter, and Qt reloads its keymap
# each time: for a second or two after such typing it handles clicks late (a bare Qt window
# does the same; a real keyboard doesn't remap). So the typing comes last, and we wait.
shot 05-sentence 2.5

echo "6. Export PDF…"
click 985 724
shot 06-export-dialog 2

echo "7. choose Documents"
click 527 220                  # "Documents"
shot 07-folder 0.8
click 900 507                  # "Save the letters here"

echo "8. the letters are exported"
shot 08-exported 3
# The message box is as wide as the folder's path: click its Close button relative to the
# box (52 px from its right edge, 24 px from its bottom). Not from getwindowgeometry's
# position: under openbox that is off by the title bar's height.
box=$(xdotool search --onlyvisible --name '^Letters exported' | head -1)
eval "$(xdotool getwindowgeometry --shell "$box")"
xdotool mousemove --window "$box" $((WIDTH - 52)) $((HEIGHT - 24)) click 1  # "Close"
CLICKS=$((CLICKS + 1))
sleep 1
if xdotool search --onlyvisible --name '^Letters exported' >/dev/null 2>&1; then
    echo "the 'Letters exported' message is still open: the Close click missed"
fi
END=$(date +%s.%N)

ls -l "$WORK/home/Documents"
count=$(find "$WORK/home/Documents" -name '*.pdf' | wc -l)
if command -v pdftotext >/dev/null; then
    for pdf in "$WORK"/home/Documents/*.pdf; do
        text=$(pdftotext "$pdf" -)
        grep -q "Алматыда тұрамын" <<<"$text" || echo "MISSING the typed sentence: $pdf"
        grep -q "1951" <<<"$text" && echo "STILL HAS the unticked point: $pdf"
        grep -q "Aigerim N." <<<"$text" || echo "MISSING the sender: $pdf"
    done
fi
xdotool key ctrl+q
sleep 1

if command -v optipng >/dev/null; then
    optipng -quiet -o2 -strip all "$OUT"/walkthrough-*.png
fi
printf 'PDFs written: %s\n' "$count"
printf 'input: %d clicks, %d keystrokes (%d of them typing text)\n' "$CLICKS" "$KEYS" "$TYPED"
printf 'machine time from first screenshot to the last click: %.1f s\n' \
    "$(echo "$END - $START" | bc -l)"
rm -rf "$WORK"
