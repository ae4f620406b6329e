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
# window manager (title bar 21 px) and Qt's Fusion-like default style; another screen size,
# window manager or font changes them. Each run uses a fresh data folder and HOME (with an
# empty Documents folder), so the app starts as on a volunteer's first day, with the real
# date of today.
set -euo pipefail
export LANG=C.UTF-8 LC_ALL=C.UTF-8

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/docs/screenshots"
WORK=/tmp/uawriter-walkthrough  # a fixed path: the last dialog's width depends on it
rm -rf "$WORK"
mkdir -p "$WORK/data" "$WORK/home/Documents"

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
double_click() { xdotool mousemove "$1" "$2" click --repeat 2 --delay 80 1; CLICKS=$((CLICKS + 1)); sleep 0.4; }
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

echo "1. UA Writer opens"
shot 01-start 3

echo "2. maximise the window and pick the action"
double_click 683 10            # title bar: openbox maximises on a double click
click 140 169                  # "Ethnic Uzbeks at risk of torture if returned"
shot 02-action 2

echo "3. letter language: Kazakh"
click 499 476                  # Letter language box
shot 03-language 0.8
click 460 477                  # "Kazakh (asked for)"

echo "4. your name"
click 477 601                  # Name field
typed "Aigerim N."
shot 04-name 2

echo "5. untick one talking point"
click 635 203                  # the second point's tick box
# "Draft saved" opens the status bar a second later: everything above it moves up 22 px
shot 05-point 2.5
convert "$OUT/walkthrough-05-point.png" -crop 420x165+620+48 +repage -scale 150% \
    "$OUT/walkthrough-05-point-detail.png"

echo "6. a sentence of your own"
click 900 434                  # right of "Құрметті Президент мырза!" (caret to its end)
press Return Return
typed "Мен Алматыда тұрамын және бұл істі мұқият қадағалап отырмын."
shot 06-sentence 2

echo "7. Export PDF…"
click 985 724
shot 07-export-dialog 2

echo "8. choose Documents"
click 527 220                  # "Documents"
shot 08-folder 0.8
click 937 507                  # "Choose"

echo "9. the letters are exported"
shot 09-exported 3
click 848 381                  # "Close"
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
