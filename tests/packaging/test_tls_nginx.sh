#!/bin/bash
# tst_tls_nginx (issue 21): the desktop syncs with k12-server through a real nginx terminating
# TLS, with a throwaway CA of its own that the profile trusts explicitly ([sync] ca_file in
# k12-teacher.ini): never "ignore TLS errors".
#   1. openssl makes a CA and a certificate for 127.0.0.1 signed by it;
#   2. k12-server serves on loopback; nginx runs the example site (docs/deploy/nginx-k12.conf,
#      shipped as /usr/share/doc/k12-server/examples/nginx-k12.conf) on a free loopback port,
#      with that certificate, as its only change besides addresses and paths;
#   3. a profile without the CA cannot sign in (the certificate is refused); one that names it
#      signs in, adds a class and syncs; a second profile trusting the CA pulls the class back;
#      nginx's access log shows the sync went through it; a CA file that is not PEM is refused
#      with its name.
# Usage: test_tls_nginx.sh BUILD_DIR SOURCE_DIR. A missing tool fails (scripts/setup installs them).
set -u -o pipefail

build_dir=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
teacher="$build_dir/bin/k12-teacher"
server="$build_dir/bin/k12-server"
site="$source_dir/docs/deploy/nginx-k12.conf"

die() {
  echo "tst_tls_nginx: $*" >&2
  exit 1
}
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx_bin" ] || die "nginx is missing (package nginx; scripts/setup installs it)"
for tool in openssl curl python3; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
[ -x "$teacher" ] && [ -x "$server" ] || die "build k12-teacher and k12-server first"
[ -f "$site" ] || die "no $site"

work=$(mktemp -d /tmp/k12-tls.XXXXXX)
server_pid=""
nginx_pid=""
cleanup() {
  [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# --- 1. a CA and a certificate for 127.0.0.1 -------------------------------------------------
cd "$work" || die "no $work"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=K12 throwaway test CA" -keyout ca.key -out ca.pem \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null ||
  die "openssl: no CA"
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null ||
  die "openssl: no request"
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out server.pem \
  -extfile server.ext 2>/dev/null || die "openssl: no certificate"

# --- 2. k12-server, then nginx in front of it --------------------------------------------------
database="sqlite:$work/server.sqlite"
printf 'correct horse battery\n' | "$server" admin create-teacher --database "$database" \
  --email ada@school.example --name "Ada Lovelace" --password-stdin >/dev/null || die "create-teacher failed"
mkfifo server.out
"$server" serve --database "$database" --listen 127.0.0.1:0 --trust-proxy 127.0.0.1 >server.out 2>server.log &
server_pid=$!
exec 3<server.out
address=""
read -r -t 20 address <&3 || true
[ -n "$address" ] || { cat server.log >&2; die "k12-server printed no address"; }

port=$(free_port)
mkdir -p nginx/tmp
# The example site's TLS server block, on loopback with the throwaway certificate (the port-80
# redirect needs root's port 80 and is left out).
sed -n '/listen 443/,$p' "$site" | sed -e '1i server {' \
  -e "s|listen 443 ssl http2;|listen 127.0.0.1:$port ssl;|" -e '/listen \[::\]:443/d' \
  -e "s|server_name k12.school.example;|server_name 127.0.0.1;|" \
  -e "s|ssl_certificate .*|ssl_certificate $work/server.pem;|" \
  -e "s|ssl_certificate_key .*|ssl_certificate_key $work/server.key;|" \
  -e "s|proxy_pass http://127.0.0.1:8080;|proxy_pass http://$address;|" >nginx/site.conf
grep -q "proxy_pass http://$address;" nginx/site.conf || die "the example site changed: no proxy_pass to adapt"
{
  [ "$(id -u)" -ne 0 ] || echo "user root;" # workers read the temp folders below
  echo "pid $work/nginx/nginx.pid; error_log $work/nginx/error.log; events {}"
  echo "http { access_log $work/nginx/access.log; client_body_temp_path $work/nginx/tmp/body;"
  echo "  proxy_temp_path $work/nginx/tmp/proxy; fastcgi_temp_path $work/nginx/tmp/fcgi;"
  echo "  uwsgi_temp_path $work/nginx/tmp/uwsgi; scgi_temp_path $work/nginx/tmp/scgi;"
  echo "  include $work/nginx/site.conf; }"
} >nginx/nginx.conf
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -t -q || die "nginx -t refused the site"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g "daemon off;" 2>nginx/stderr &
nginx_pid=$!
url="https://127.0.0.1:$port"
for _ in $(seq 50); do
  curl -fsS --cacert ca.pem "$url/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS --cacert ca.pem "$url/api/v1/health" >/dev/null || { cat nginx/error.log >&2; die "nginx does not answer"; }
curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && die "curl trusted the throwaway CA without being told to"

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
profile() { # NAME [CA_FILE]: a fresh profile, trusting CA_FILE
  mkdir -m 700 "$work/$1"
  [ $# -lt 2 ] || printf '[sync]\nca_file=%s\n' "$2" >"$work/$1/k12-teacher.ini"
}
k12() { # PROFILE ARGS...
  local p=$1
  shift
  "$teacher" --profile "$work/$p" "$@"
}
login() { printf 'correct horse battery\n' | k12 "$1" login --server "$url" --email ada@school.example --password-stdin; }

# --- 3. the desktop ----------------------------------------------------------------------------
echo "--- without the CA"
profile plain
out=$(login plain 2>&1) && fail "signed in without trusting the CA: $out"
echo "$out"
grep -qi "certificate\|ssl\|tls" <<<"$out" || fail "the refusal does not name the certificate: $out"

echo "--- trusting the CA ([sync] ca_file)"
profile first "$work/ca.pem"
out=$(login first 2>&1) || fail "sign-in through nginx failed: $out"
k12 first class add "Algebra I" >/dev/null || fail "class add failed"
out=$(k12 first sync 2>&1) || fail "sync through nginx failed: $out"
echo "$out"
profile second "$work/ca.pem"
out=$(login second 2>&1) || fail "second sign-in failed: $out"
out=$(k12 second sync 2>&1) || fail "second sync failed: $out"
k12 second class list 2>&1 | grep -q "Algebra I" || fail "the class did not come back through nginx"
grep -q "POST /api/v1/sync/push" nginx/access.log || fail "nginx's log shows no push: $(cat nginx/access.log)"
grep -q "GET /api/v1/sync/pull" nginx/access.log || fail "nginx's log shows no pull"

echo "--- a CA file that is not PEM"
echo "not a certificate" >notpem.txt
profile wrong "$work/notpem.txt"
out=$(k12 wrong class list 2>&1)
grep -qF "$work/notpem.txt" <<<"$out" || fail "a bad CA file is not named: $out"

[ "$failures" -eq 0 ] || die "$failures failure(s)"
echo "tst_tls_nginx: passed"
