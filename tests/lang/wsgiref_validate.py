# wsgiref.validate.validator: a conforming application passes through
# unchanged; each breach of WSGI by the application (status, headers,
# body, write, wsgi.input/errors use) or by the server (environ) is an
# AssertionError naming it, and dubious things a WSGIWarning.
import io
import warnings
from wsgiref.handlers import SimpleHandler
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator, WSGIWarning


def run(app, **environ):
    env = {'QUERY_STRING': ''}
    setup_testing_defaults(env)
    env.update(environ)
    out, err = io.BytesIO(), io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        SimpleHandler(io.BytesIO(b'line one\nline two\n'), out, err, env).run(validator(app))
    status = out.getvalue().split(b'\r\n', 1)[0].decode()
    body = out.getvalue().rpartition(b'\r\n\r\n')[2]
    print(' ', status, body[:40])
    for w in caught:
        print('  warning:', w.category.__name__, w.message)
    if err.getvalue():
        print('  error:', err.getvalue().strip().splitlines()[-1])


def good(environ, start_response):
    data = environ['wsgi.input'].readline() + b'|'.join(environ['wsgi.input'].readlines())
    environ['wsgi.errors'].write('logged\n')
    environ['wsgi.errors'].writelines(['a\n', 'b\n'])
    environ['wsgi.errors'].flush()
    write = start_response('200 OK', [('Content-Type', 'text/plain'), ('X-Ok', 'yes')])
    write(b'written;')
    return [b'body:', data]


def make_app(status='200 OK', headers=None, body=(b'ok',), action=None):
    def app(environ, start_response):
        write = start_response(status, [('Content-Type', 'text/plain')] if headers is None else headers)
        if action:
            action(environ, write)
        return list(body) if isinstance(body, tuple) else body
    return app


cases = [
    ('good', good, {}),
    ('no content type', make_app(headers=[]), {}),
    ('content type on 204', make_app(status='204 No Content'), {}),
    ('204 without', make_app(status='204 No Content', headers=[], body=()), {}),
    ('short status code', make_app(status='20 OK'), {}),
    ('status without reason', make_app(status='200'), {}),
    ('bytes status', make_app(status=b'200 OK'), {}),
    ('status header', make_app(headers=[('Content-Type', 'text/plain'), ('Status', '200')]), {}),
    ('bad header name', make_app(headers=[('Content-Type', 'text/plain'), ('X Bad', '1')]), {}),
    ('header name ends in -', make_app(headers=[('Content-Type', 'text/plain'), ('X-', '1')]), {}),
    ('control char in value', make_app(headers=[('Content-Type', 'text/plain\x01')]), {}),
    ('headers as tuple', make_app(headers=(('Content-Type', 'text/plain'),)), {}),
    ('header as list', make_app(headers=[['Content-Type', 'text/plain']]), {}),
    ('str body', make_app(body='text'), {}),
    ('None body', make_app(body=None), {}),
    ('str in body', make_app(body=('text',)), {}),
    ('write str', make_app(action=lambda env, write: write('s')), {}),
    ('read without size', make_app(action=lambda env, write: env['wsgi.input'].read()), {}),
    ('close input', make_app(action=lambda env, write: env['wsgi.input'].close()), {}),
    ('close errors', make_app(action=lambda env, write: env['wsgi.errors'].close()), {}),
    ('bytes to errors', make_app(action=lambda env, write: env['wsgi.errors'].write(b'x')), {}),
    ('unknown method', good, {'REQUEST_METHOD': 'BREW'}),
    ('script name /', good, {'SCRIPT_NAME': '/'}),
    ('relative path', good, {'PATH_INFO': 'relative'}),
    ('HTTP_CONTENT_TYPE', good, {'HTTP_CONTENT_TYPE': 'x'}),
    ('int variable', good, {'SERVER_PORT': 80}),
    ('negative length', good, {'CONTENT_LENGTH': '-1'}),
]
for name, app, environ in cases:
    print(name)
    run(app, **environ)

env = {}
setup_testing_defaults(env)
print('no QUERY_STRING')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    result = validator(make_app())(env, lambda status, headers, exc_info=None: None)
    print(' ', list(result), [str(w.message)[:40] for w in caught])
    result.close()

for args, kw in (((env,), {}), ((env, None), {'extra': 1})):
    try:
        validator(good)(*args, **kw)
    except AssertionError as e:
        print('AssertionError', e)
class NoReading:
    def __repr__(self):
        return 'NoReading()'


# The handler sets wsgi.version and wsgi.url_scheme itself: call directly.
for key, value in (('wsgi.url_scheme', 'ftp'), ('wsgi.version', [1, 0]), ('wsgi.errors', None),
                   ('wsgi.input', NoReading())):
    bad = dict(env, QUERY_STRING='')
    if value is None:
        del bad[key]
    else:
        bad[key] = value
    try:
        validator(good)(bad, None)
    except AssertionError as e:
        print('AssertionError', e)
