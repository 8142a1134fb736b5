#!/usr/bin/env bash
# tst_packages (issue 21): builds the two .deb packages with cpack from the build
# directory, checks their control data and files, unpacks them into a throwaway
# root, runs both programs from there, starts the unpacked k12-server the way its
# systemd unit does (same command line, a temporary SQLite database, a free port)
# and asks it /api/v1/health, then runs desktop-file-validate, appstreamcli and
# lintian. A missing tool is a failure, never a skip.
#   test_packages.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
started=$(date +%s)

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
die() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "--- $* ($(($(date +%s) - started)) s)"; }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian appstreamcli desktop-file-validate curl man col readelf apt-get; do
  command -v "$tool" >/dev/null || die "$tool is missing (scripts/setup installs it)"
done

work=$(mktemp -d /tmp/k12-packages.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- build ---------------------------------------------------------------------
step "cpack"
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/dist" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; die "cpack failed"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
arch=$(dpkg --print-architecture)
teacher_deb="$work/dist/k12-teacher_${version}_${arch}.deb"
server_deb="$work/dist/k12-server_${version}_${arch}.deb"
[ -f "$teacher_deb" ] || die "no $(basename "$teacher_deb") in $(ls "$work/dist")"
[ -f "$server_deb" ] || die "no $(basename "$server_deb") in $(ls "$work/dist")"
for deb in "$teacher_deb" "$server_deb"; do
  echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
done

# --- control data ----------------------------------------------------------------
step "control data"
field_has() { # deb field word
  local value
  value=$(dpkg-deb -f "$1" "$2")
  grep -Eq "(^|[ ,|])$3( |,|$)" <<<"$value" || fail "$(basename "$1") $2 lacks $3: $value"
}
# From dpkg-shlibdeps (linked libraries) and the explicit run-time plugins.
for dep in libqt6widgets6 libqt6sql6 libqt6network6 libqt6keychain1 libc6 libqt6sql6-sqlite libqt6svg6; do
  field_has "$teacher_deb" Depends "$dep"
done
for dep in libqt6core6 libqt6sql6 libqt6network6 libc6 libqt6sql6-sqlite; do
  field_has "$server_deb" Depends "$dep"
done
field_has "$server_deb" Recommends libqt6sql6-psql
[ "$(dpkg-deb -f "$server_deb" Section)" = net ] || fail "k12-server Section is not net"
[ "$(dpkg-deb -f "$teacher_deb" Section)" = education ] || fail "k12-teacher Section is not education"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -xO ./conffiles | grep -qx /etc/default/k12-server ||
  fail "/etc/default/k12-server is not a conffile"
# Every dependency must exist in the configured Debian archive (or be installed):
# a simulated install resolves them without changing anything.
for deb in "$teacher_deb" "$server_deb"; do
  apt-get -s -q install "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt cannot install $(basename "$deb")"; }
done

# --- unpack ------------------------------------------------------------------------
step "unpack"
root="$work/root"
dpkg -x "$teacher_deb" "$root"
dpkg -x "$server_deb" "$root"
app_id=org.k12teacher.K12Teacher
for f in usr/bin/k12-teacher usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/icons/hicolor/48x48/apps/$app_id.png \
  usr/share/icons/hicolor/256x256/apps/$app_id.png usr/share/man/man1/k12-teacher.1.gz \
  usr/share/doc/k12-teacher/copyright usr/share/doc/k12-teacher/changelog.gz \
  usr/bin/k12-server usr/share/man/man8/k12-server.8.gz lib/systemd/system/k12-server.service \
  etc/default/k12-server usr/share/doc/k12-server/examples/nginx-k12.conf usr/share/doc/k12-server/copyright; do
  [ -f "$root/$f" ] || fail "the packages hold no /$f"
done
for bin in k12-teacher k12-server; do
  readelf --sections "$root/usr/bin/$bin" | grep -qE '\.(symtab|debug_info)' && fail "/usr/bin/$bin is not stripped"
done

# --- the programs, from the unpacked root -----------------------------------------------
step "programs"
teacher_help=$("$root/usr/bin/k12-teacher" --help) || fail "k12-teacher --help exited $?"
grep -q '^Commands:' <<<"$teacher_help" || fail "k12-teacher --help lists no commands"
"$root/usr/bin/k12-server" --help | grep -q 'k12-server serve' || fail "k12-server --help"
serve_help=$("$root/usr/bin/k12-server" serve --help) || fail "k12-server serve --help exited $?"

# The manual pages name every command and option the programs list.
man_text() { MANWIDTH=250 man -l "$1" 2>/dev/null | col -b | tr -s ' '; }
teacher_man=$(man_text "$root/usr/share/man/man1/k12-teacher.1.gz")
server_man=$(man_text "$root/usr/share/man/man8/k12-server.8.gz")
# "  class add NAME [--subject S]" -> "class add": the command's words before its arguments.
commands=$(sed -n '/^Commands:/,/^$/p' <<<"$teacher_help" | grep -E '^  [a-z]' |
  sed -E 's/^  //; s/ (-|\[|\(|[A-Z]).*$//; s/ +$//')
[ "$(wc -l <<<"$commands")" -ge 50 ] || fail "k12-teacher --help lists only $(wc -l <<<"$commands") commands"
while read -r cmd; do
  grep -qF -- "$cmd" <<<"$teacher_man" || fail "k12-teacher(1) lacks the command \"$cmd\""
done <<<"$commands"
serve_flags=$(grep -oE '^ +--[a-z-]+' <<<"$serve_help" | tr -d ' ' | grep -v -e '^--help')
while read -r flag; do
  grep -qF -- "$flag" <<<"$server_man" || fail "k12-server(8) lacks the serve option $flag"
done <<<"$serve_flags"

# The unit's command line, with the settings of the packaged /etc/default/k12-server.
unit="$root/lib/systemd/system/k12-server.service"
for key in DynamicUser=yes StateDirectory=k12-server ProtectSystem=strict ProtectHome=yes NoNewPrivileges=yes \
  PrivateTmp=yes "SystemCallFilter=@system-service" "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX" \
  "EnvironmentFile=-/etc/default/k12-server" "LoadCredential=smtp:/etc/k12-server/smtp-credentials" \
  'SetCredential=smtp:\n'; do
  grep -qxF -- "$key" "$unit" || fail "k12-server.service lacks $key"
done
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[[ "$exec_start" == "/usr/bin/k12-server serve "* ]] || fail "unexpected ExecStart: $exec_start"
packaged_options=$(
  # shellcheck disable=SC1091
  . "$root/etc/default/k12-server"
  echo "$K12_SERVER_OPTIONS"
)
while read -r flag; do
  grep -qE -- "^ +$flag( |$)" <<<"$serve_help" || fail "k12-server serve --help does not describe $flag (unit or default)"
done < <(grep -oE -- '--[a-z-]+' <<<"$exec_start $packaged_options" | sort -u)

# --- the server, started as the unit starts it ---------------------------------------------
step "server start"
mkdir -m 700 "$work/state"
export K12_SERVER_DATABASE="sqlite:$work/state/k12-server.sqlite"
export K12_SERVER_LISTEN=127.0.0.1:0
export K12_SERVER_OPTIONS="$packaged_options"
# What systemd hands the unit without /etc/k12-server/smtp-credentials (SetCredential=smtp:\n):
# serve reads $CREDENTIALS_DIRECTORY/smtp and takes the empty line for "no relay sign-in".
mkdir -m 700 "$work/credentials"
printf '\n' >"$work/credentials/smtp"
chmod 0440 "$work/credentials/smtp"
export CREDENTIALS_DIRECTORY="$work/credentials"
# systemd's expansion: ${VAR} is one argument, $VAR is split at spaces.
read -r -a args <<<"${exec_start#/usr/bin/k12-server }"
expanded=()
for a in "${args[@]}"; do
  if [[ "$a" =~ ^\$\{([A-Z0-9_]+)\}$ ]]; then
    expanded+=("${!BASH_REMATCH[1]}")
  elif [[ "$a" =~ ^\$([A-Z0-9_]+)$ ]]; then
    read -r -a words <<<"${!BASH_REMATCH[1]}"
    expanded+=("${words[@]}")
  else
    expanded+=("$a")
  fi
done
echo "k12-server ${expanded[*]}"
mkfifo "$work/out"
"$root/usr/bin/k12-server" "${expanded[@]}" >"$work/out" 2>"$work/server.log" &
server_pid=$!
exec 3<"$work/out"
address=""
read -r -t 20 address <&3 || true
[ -n "$address" ] || { cat "$work/server.log" >&2; die "k12-server printed no address"; }
health=$(curl -fsS --max-time 10 "http://$address/api/v1/health") || fail "GET /api/v1/health failed"
echo "health: $health"
grep -q '"status"' <<<"$health" || fail "unexpected health answer: $health"
[ -f "$work/state/k12-server.sqlite" ] || fail "the server made no database at $K12_SERVER_DATABASE"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[ "$status" -eq 0 ] || { cat "$work/server.log" >&2; fail "k12-server exited $status on SIGTERM"; }
exec 3<&-

# --- validators ------------------------------------------------------------------------
step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
step "appstreamcli validate"
appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate"
command -v systemd-analyze >/dev/null || fail "systemd-analyze is missing (package systemd; scripts/setup installs it)"
{
  step "systemd-analyze verify"
  # The unit's syntax and settings; its program is the unpacked one (a copy of the unit
  # names it, as the host has no /usr/bin/k12-server).
  sed "s|^ExecStart=/usr/bin/k12-server |ExecStart=$root/usr/bin/k12-server |" "$unit" >"$work/k12-server.service"
  systemd-analyze verify --man=no "$work/k12-server.service" || fail "systemd-analyze verify"
}
step "lintian"
# Tags left on purpose, each explained in README.md, "Packages" / "What lintian still says".
suppressed=$(sed -e 's/#.*//' "$source_dir/tests/packaging/lintian-accepted" | xargs | tr ' ' ',')
lintian_status=0
lintian_args=(--fail-on "error,warning" --tag-display-limit 0)
[ -z "$suppressed" ] || lintian_args+=(--suppress-tags "$suppressed")
lintian "${lintian_args[@]}" "$teacher_deb" "$server_deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
grep -v "running with root privileges" "$work/lintian.log" || true
[ "$lintian_status" -eq 0 ] || fail "lintian reported errors or warnings (above)"

step "done"
if [ "$failures" -ne 0 ]; then
  echo "tst_packages: $failures failure(s)" >&2
  exit 1
fi
echo "tst_packages: passed in $(($(date +%s) - started)) s"
