#!/usr/bin/env bash
# gilvm -m http.server: serve a folder (--directory, --bind, port) until
# SIGINT, then "Keyboard interrupt received, exiting." and exit 0, as
# CPython 3.8's; --cgi is refused in one line.
set -u
G=${GILVM:?set by tests/run}
[ -x "$G" ] || { echo "gilvm not built: $G"; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T"
. "$ROOT/tests/sh/lib/cli.sh"
mkdir site && printf 'hello from the site\n' > site/f.txt
PORT=$("$G" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")

"$G" -m http.server --bind 127.0.0.1 --directory site "$PORT" > out 2> err &
pid=$!
cat > get.py <<'PY'
import http.client, sys, time
for _ in range(300):        # until the server listens (a sanitizer build starts slowly)
    try:
        c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]), timeout=10)
        c.request('GET', '/f.txt')
        break
    except ConnectionRefusedError:
        time.sleep(0.1)
r = c.getresponse()
print(r.status, r.getheader('Content-Type'), r.read().decode(), end='')
c.request('GET', '/missing.txt')
print(c.getresponse().status)
PY
"$G" get.py "$PORT" > got 2> get.err || { echo "fetch failed"; cat get.err; fail=1; }
kill -INT $pid
for i in $(seq 1 100); do kill -0 $pid 2> /dev/null || break; sleep 0.1; done
kill -KILL $pid 2> /dev/null
wait $pid; rc=$?
[ $rc = 0 ] || { echo "server exit $rc after SIGINT, want 0"; cat err; fail=1; }
last="http.server --bind 127.0.0.1 --directory site $PORT"
is got <<WANT
200 text/plain hello from the site
404
WANT
is out <<WANT
Serving HTTP on 127.0.0.1 port $PORT (http://127.0.0.1:$PORT/) ...

Keyboard interrupt received, exiting.
WANT
has err '^127\.0\.0\.1 - - \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4} [0-9:]{8}\] "GET /f\.txt HTTP/1\.1" 200 -$'
has err '"GET /missing\.txt HTTP/1\.1" 404 -$'

runs 1 -m http.server --cgi
is err <<'WANT'
http.server: --cgi is not supported (gilvm has no CGIHTTPRequestHandler)
WANT
runs 2 -m http.server nine
has err "^server.py: error: argument port: invalid int value: 'nine'\$"
exit $fail
