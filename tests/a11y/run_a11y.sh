#!/bin/sh
# Runs a11y_check.py under a virtual X server and a private session bus with the AT-SPI
# registry (at-spi2-core). A missing tool is a failure, never a skip.
for tool in Xvfb xdotool dbus-run-session /usr/bin/python3 /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || { echo "FAIL: $tool is missing; run scripts/setup" >&2; exit 1; }
done
# Our own display number, away from xvfb-run's (99 up) and -displayfd's (0 up), which other jobs use
# at the same time; ready when a client really connects (a server on a taken number exits instead).
# -noreset: otherwise that client leaving resets the server, and the app connecting then is refused.
work=$(mktemp -d)
xvfb=
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
display=
for n in $(seq $((300 + $$ % 500)) $((340 + $$ % 500))); do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1280x900x24 -nolisten tcp -noreset 2>"$work/xvfb.log" &
    xvfb=$!
    for _ in $(seq 50); do
        if DISPLAY=":$n" xdotool getdisplaygeometry >/dev/null 2>&1; then display=":$n"; break; fi
        kill -0 "$xvfb" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$display" ] && break
    kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; xvfb=
done
[ -n "$display" ] || { echo "FAIL: Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
DISPLAY=$display dbus-run-session -- /usr/bin/python3 "$(dirname "$0")/a11y_check.py" "$1"
