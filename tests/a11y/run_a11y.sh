#!/bin/sh
# Runs a11y_check.py under a virtual X server and a private session bus with the AT-SPI
# registry (at-spi2-core). A missing tool is a failure, never a skip.
for tool in Xvfb dbus-run-session /usr/bin/python3 /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || { echo "FAIL: $tool is missing; run scripts/setup" >&2; exit 1; }
done
# Xvfb picks a free display itself and writes its number once it accepts clients (-displayfd):
# xvfb-run -a guesses a number and waits for a signal, which raced with other jobs' servers.
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
DISPLAY=:$(cat "$work/display") dbus-run-session -- /usr/bin/python3 "$(dirname "$0")/a11y_check.py" "$1"
