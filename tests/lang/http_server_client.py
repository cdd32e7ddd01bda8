# http.server (a threading server on a free port), http.client and
# urllib.request talking to it: keep-alive, chunked bodies, POST, errors,
# redirects and static files.
import http.client
import http.server
import os
import sys
import tempfile
import threading
import urllib.error
import urllib.request
from http import HTTPStatus

root = tempfile.mkdtemp()
with open(os.path.join(root, 'hello.txt'), 'w') as f:
    f.write('static file\n')
os.mkdir(os.path.join(root, 'sub'))


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=root, **kwargs)

    def log_message(self, format, *args):
        pass   # keep stderr quiet

    def do_GET(self):
        if self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in (b'first ', b'second ', b'third'):
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
        elif self.path == '/old':
            self.send_response(302)
            self.send_header('Location', '/hello.txt')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif self.path == '/echo-headers':
            body = ('%s|%s' % (self.headers['X-Test'], self.headers.get('user-agent', '')[:14])).encode()
            self.send_response(200)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().do_GET()

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        body = self.rfile.read(n)
        reply = b'got ' + body.upper()
        self.send_response(HTTPStatus.CREATED)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)


server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever)
t.start()

conn = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
conn.request('GET', '/hello.txt')
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('content-length'))
print(r.read(), r.isclosed())
conn.request('POST', '/submit', body=b'payload', headers={'Content-Type': 'text/plain'})
r = conn.getresponse()
print(r.status, r.reason, r.headers.get_content_type(), r.headers.get_content_charset(), r.read())
conn.request('GET', '/chunked')
r = conn.getresponse()
print(r.chunked, r.read(8), r.read())
conn.request('HEAD', '/hello.txt')
r = conn.getresponse()
print(r.status, r.getheader('Content-Length'), r.read())
conn.request('GET', '/missing')
r = conn.getresponse()
body = r.read()
print(r.status, r.reason, b'Error code: 404' in body, r.getheader('Connection'))
conn.close()

# urllib.request: redirects, headers, errors
with urllib.request.urlopen('http://127.0.0.1:%d/old' % port) as resp:
    print(resp.status, resp.geturl().endswith('/hello.txt'), resp.read())
req = urllib.request.Request('http://127.0.0.1:%d/echo-headers' % port, headers={'X-Test': 'yes'})
print(req.get_method(), req.host == '127.0.0.1:%d' % port, req.selector)
print(urllib.request.urlopen(req).read())
print(urllib.request.urlopen('http://127.0.0.1:%d/form' % port, data=b'a=1').read())
try:
    urllib.request.urlopen('http://127.0.0.1:%d/nothing-here' % port)
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, e.reason, str(e), b'404' in e.read())
listing = urllib.request.urlopen('http://127.0.0.1:%d/' % port).read().decode()
print('hello.txt' in listing, 'sub/' in listing)

# many clients at once: each connection on its own server thread
results = []


def client_thread(i):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    for j in range(5):
        c.request('POST', '/n', body=('%d-%d' % (i, j)).encode())
        results.append(c.getresponse().read())
    c.close()


threads = [threading.Thread(target=client_thread, args=(i,)) for i in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(results), sorted(results)[:3])

server.shutdown()
t.join()
server.server_close()
try:
    urllib.request.urlopen('http://127.0.0.1:%d/' % port)
except urllib.error.URLError as e:
    print('URLError', type(e.reason).__name__)
print(HTTPStatus(404).phrase, int(HTTPStatus.OK), http.client.responses[500])
