# wsgiref.simple_server on a free port serving small applications in a
# thread, fetched with http.client and urllib.request: status, headers,
# body, the environ the application sees, errors turned into a 500.
import http.client
import io
import threading
import urllib.request
from wsgiref.simple_server import make_server, WSGIRequestHandler, demo_app
from wsgiref.util import request_uri, shift_path_info, FileWrapper


errors = io.StringIO()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass   # python3 logs each request on stderr

    def get_stderr(self):
        return errors   # wsgi.errors, where a failed application's traceback goes


def app(environ, start_response):
    path = environ['PATH_INFO']
    if path == '/fail':
        raise ValueError("application failed")
    if path == '/gen':
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return (part for part in [b'one ', b'two ', b'three'])
    if path == '/file':
        start_response('200 OK', [('Content-Type', 'application/octet-stream')])
        return FileWrapper(io.BytesIO(b'x' * 20000), 4096)
    if path == '/empty':
        start_response('204 No Content', [])
        return []
    if path.startswith('/app/'):
        name = shift_path_info(environ)
        body = ('%s|%s|%s' % (name, environ['SCRIPT_NAME'], environ['PATH_INFO'])).encode()
        start_response('200 OK', [('Content-Type', 'text/plain')])
        return [body]
    length = int(environ.get('CONTENT_LENGTH') or 0)
    posted = environ['wsgi.input'].read(length)
    lines = ['%s %s?%s' % (environ['REQUEST_METHOD'], path, environ['QUERY_STRING']),
             'scheme=%s protocol=%s' % (environ['wsgi.url_scheme'], environ['SERVER_PROTOCOL']),
             'uri=%s' % request_uri(environ).replace(str(port), 'PORT'),
             'type=%s length=%s' % (environ['CONTENT_TYPE'], environ.get('CONTENT_LENGTH')),
             'x-custom=%s' % environ.get('HTTP_X_CUSTOM'),
             'posted=%r' % posted,
             'version=%s multithread=%s' % (environ['wsgi.version'], environ['wsgi.multithread'])]
    body = '\n'.join(lines).encode()
    start_response('201 Created', [('Content-Type', 'text/plain; charset=utf-8'),
                                   ('X-App', 'yes'), ('Set-Cookie', 'a=1'), ('Set-Cookie', 'b=2')])
    return [body]


server = make_server('127.0.0.1', 0, app, handler_class=QuietHandler)
port = server.server_address[1]
thread = threading.Thread(target=server.serve_forever)
thread.start()
print(type(server).__name__, server.get_app() is app, server.base_environ['SERVER_PORT'] == str(port))

conn = http.client.HTTPConnection('127.0.0.1', port)
conn.request('GET', '/hello%20there?x=1&y=2', headers={'X-Custom': 'custom value'})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.version)
print(resp.getheader('Content-Type'), resp.getheader('X-App'), resp.msg.get_all('Set-Cookie'),
      resp.getheader('Content-Length'))
print(resp.getheader('Server').startswith('WSGIServer/0.2 '), resp.getheader('Date').endswith(' GMT'))
print(resp.read().decode())
conn.close()

conn = http.client.HTTPConnection('127.0.0.1', port)
conn.request('POST', '/post', body=b'field=value', headers={'Content-Type': 'application/x-www-form-urlencoded'})
resp = conn.getresponse()
print(resp.status, resp.read().decode())
conn.close()

for path in ('/gen', '/file', '/empty', '/app/name/rest/of/path', '/app/'):
    with urllib.request.urlopen('http://127.0.0.1:%d%s' % (port, path)) as r:
        body = r.read()
        print(path, r.status, r.headers.get('Content-Length'), r.headers.get('Content-Type'),
              len(body), body[:40])

try:
    urllib.request.urlopen('http://127.0.0.1:%d/fail' % port)
except urllib.error.HTTPError as e:
    print('HTTPError', e.code, e.headers['Content-Type'], e.read())
print(errors.getvalue().splitlines()[0], errors.getvalue().splitlines()[-1])

server.set_app(demo_app)
with urllib.request.urlopen('http://127.0.0.1:%d/demo?q=1' % port) as r:
    text = r.read().decode()
    print(r.status, r.headers['Content-Type'])
    lines = text.splitlines()
    print(lines[:2])
    for line in lines:
        if line.startswith(('PATH_INFO', 'QUERY_STRING', 'REQUEST_METHOD', 'wsgi.url_scheme', 'SCRIPT_NAME')):
            print(line)

server.shutdown()
thread.join()
server.server_close()
