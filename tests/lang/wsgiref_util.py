# wsgiref.util, wsgiref.headers and wsgiref.handlers without a network:
# environ defaults and URLs, path shifting, Headers as a mapping over a
# list, and SimpleHandler/BaseCGIHandler writing an application's
# response to byte streams (status line or CGI Status, lengths, errors).
import io
from wsgiref import util
from wsgiref.headers import Headers
from wsgiref.handlers import SimpleHandler, BaseCGIHandler, format_date_time, BaseHandler

env = {}
util.setup_testing_defaults(env)
print(sorted((k, v) for k, v in env.items() if not k.startswith('wsgi.')))
print(list(env), env['wsgi.version'], type(env['wsgi.input']).__name__, type(env['wsgi.errors']).__name__)
print(util.request_uri(env), util.application_uri(env))

for extra in ({'HTTPS': 'on'}, {'HTTPS': 'off'}, {'HTTPS': '1', 'SERVER_PORT': '8443'}):
    e = dict(extra)
    util.setup_testing_defaults(e)
    print(util.guess_scheme(e), e['wsgi.url_scheme'], e['SERVER_PORT'], util.request_uri(e))

e = {'wsgi.url_scheme': 'http', 'SERVER_NAME': 'example.org', 'SERVER_PORT': '8080',
     'SCRIPT_NAME': '/my app', 'PATH_INFO': '/a b/c;d=e,f', 'QUERY_STRING': 'q=1'}
print(util.application_uri(e), util.request_uri(e), util.request_uri(e, include_query=False))
e['HTTP_HOST'] = 'host.example:81'
print(util.application_uri(e))
e = {'wsgi.url_scheme': 'https', 'SERVER_NAME': 's', 'SERVER_PORT': '443', 'PATH_INFO': '/é'}
print(util.request_uri(e))

for script, path in [('', '/a/b/c'), ('/x', '/a/b/'), ('/x', '/'), ('/x/', ''), ('', '/./a'),
                     ('/x', '//a//b'), ('', '/../a'), ('/x/y', '/../a')]:
    e = {'SCRIPT_NAME': script, 'PATH_INFO': path}
    steps = []
    for _ in range(4):
        steps.append((util.shift_path_info(e), e['SCRIPT_NAME'], e['PATH_INFO']))
    print(script, path, steps)

print([util.is_hop_by_hop(h) for h in ('Connection', 'KEEP-ALIVE', 'Content-Type', 'te', 'Upgrade')])
fw = util.FileWrapper(io.BytesIO(b'abcdefghij'), 4)
print(list(fw), hasattr(fw, 'close'))
fw.close()

raw = [('Content-Type', 'text/plain'), ('X-A', '1')]
h = Headers(raw)
h['x-a'] = '2'
h.add_header('Set-Cookie', 'a=1')
h.add_header('Set-Cookie', 'b=2')
h.add_header('Content-Disposition', 'attachment', filename='file name.txt', size=None, x_y='v')
h.add_header('X-Empty', None, flag=None, q='')
print(repr(h))
print(raw is h._headers, len(h), h['content-type'], h['missing'], 'SET-COOKIE' in h, 'nope' in h)
print(h.get_all('set-cookie'), h.get('x-a'), h.get('zz', 'default'))
print(h.setdefault('X-New', 'n1'), h.setdefault('x-new', 'n2'))
del h['Set-Cookie']
print(h.keys(), h.values())
print(h.items())
print(repr(str(h)))
print(bytes(h))
print(repr(str(Headers())), Headers().items())
for bad in ('not a list', [('A', b'bytes')]):
    try:
        Headers(bad)
    except (TypeError, AssertionError) as ex:
        print(type(ex).__name__, ex)

print(format_date_time(0), format_date_time(1700000000))


def run(handler_class, app, **environ):
    base = {}
    util.setup_testing_defaults(base)
    base.update(environ)
    out, err = io.BytesIO(), io.StringIO()
    handler = handler_class(io.BytesIO(b'posted'), out, err, base)
    handler.run(app)
    text = out.getvalue().decode('latin-1')
    # The Date header changes with the clock.
    lines = [l if not l.startswith('Date: ') else 'Date: <date>' for l in text.split('\r\n')]
    print(lines)
    if err.getvalue():
        print('errors:', err.getvalue().splitlines()[-1])


def hello(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'hello ', environ['wsgi.input'].read()]


def one_block(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'just one block']


def writer(environ, start_response):
    write = start_response('202 Accepted', [])
    write(b'written ')
    return iter([b'then iterated'])


def failing(environ, start_response):
    raise RuntimeError('broken app')


def failing_late(environ, start_response):
    start_response('200 OK', [])
    yield b'partial'
    raise RuntimeError('too late')


def hop(environ, start_response):
    start_response('200 OK', [('Connection', 'close')])
    return []


def bad_status(environ, start_response):
    start_response('OK', [])
    return []


def twice(environ, start_response):
    start_response('200 OK', [])
    start_response('200 OK', [])
    return []


class Closing:
    def __iter__(self):
        return iter([b'closing body'])

    def close(self):
        print('result closed')


def closing(environ, start_response):
    start_response('200 OK', [])
    return Closing()


for app in (hello, one_block, writer, failing, failing_late, hop, bad_status, twice, closing):
    print(app.__name__)
    run(SimpleHandler, app)
run(BaseCGIHandler, one_block)
run(SimpleHandler, one_block, SERVER_PROTOCOL='HTTP/0.9')


class Served(SimpleHandler):
    server_software = 'TestServer/1.0'
    http_version = '1.1'


run(Served, one_block)
try:
    BaseHandler().run(hello)
except NotImplementedError:
    print('NotImplementedError')
