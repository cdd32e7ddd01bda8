"""wsgiref.simple_server: an HTTP/1.0 server for one WSGI application,
over http.server; each request runs the application through a handler.
`gilvm -m wsgiref.simple_server` answers one request with demo_app on
port 8000 (python3 also opens a browser at it; gilvm has no webbrowser)."""

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from platform import python_implementation

from .handlers import SimpleHandler

__version__ = "0.2"
__all__ = ['WSGIServer', 'WSGIRequestHandler', 'demo_app', 'make_server']

server_version = "WSGIServer/" + __version__
sys_version = python_implementation() + "/" + sys.version.split()[0]
software_version = server_version + ' ' + sys_version


class ServerHandler(SimpleHandler):
    """A handler that logs the request when it is done."""

    server_software = software_version

    def close(self):
        try:
            self.request_handler.log_request(self.status.split(' ', 1)[0], self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):
    """An HTTPServer holding the application and the environ every request starts from."""

    application = None

    def server_bind(self):
        HTTPServer.server_bind(self)
        self.setup_environ()

    def setup_environ(self):
        self.base_environ = {
            'SERVER_NAME': self.server_name, 'GATEWAY_INTERFACE': 'CGI/1.1',
            'SERVER_PORT': str(self.server_port), 'REMOTE_HOST': '',
            'CONTENT_LENGTH': '', 'SCRIPT_NAME': '',
        }

    def get_app(self):
        return self.application

    def set_app(self, application):
        self.application = application


class WSGIRequestHandler(BaseHTTPRequestHandler):
    """Parses one request and runs the server's application on it."""

    server_version = "WSGIServer/" + __version__

    def get_environ(self):
        """The CGI variables of this request, its headers as HTTP_* names."""
        env = self.server.base_environ.copy()
        env['SERVER_PROTOCOL'] = self.request_version
        env['SERVER_SOFTWARE'] = self.server_version
        env['REQUEST_METHOD'] = self.command
        path, _, query = self.path.partition('?')
        env['PATH_INFO'] = urllib.parse.unquote(path, 'iso-8859-1')
        env['QUERY_STRING'] = query
        host = self.address_string()
        if host != self.client_address[0]:
            env['REMOTE_HOST'] = host
        env['REMOTE_ADDR'] = self.client_address[0]
        if self.headers.get('content-type') is None:
            env['CONTENT_TYPE'] = self.headers.get_content_type()
        else:
            env['CONTENT_TYPE'] = self.headers['content-type']
        length = self.headers.get('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        for k, v in self.headers.items():
            k = k.replace('-', '_').upper()
            v = v.strip()
            if k in env:
                continue   # Content-Type and Content-Length are not HTTP_ names
            if 'HTTP_' + k in env:
                env['HTTP_' + k] += ',' + v   # a repeated header joins its values
            else:
                env['HTTP_' + k] = v
        return env

    def get_stderr(self):
        return sys.stderr

    def handle(self):
        """One request per connection: read it, then run the application."""
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = ''
            self.request_version = ''
            self.command = ''
            self.send_error(414)
            return
        if not self.parse_request():
            return
        handler = ServerHandler(self.rfile, self.wfile, self.get_stderr(), self.get_environ(),
                                multithread=False)
        handler.request_handler = self
        handler.run(self.server.get_app())


def demo_app(environ, start_response):
    """An application that answers with "Hello world!" and its environ."""
    lines = ["Hello world!", ""]
    lines += ["%s = %r" % (k, v) for k, v in sorted(environ.items())]
    start_response("200 OK", [('Content-Type', 'text/plain; charset=utf-8')])
    return [("\n".join(lines) + "\n").encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer, handler_class=WSGIRequestHandler):
    """A server for app listening on host:port (port 0: any free port)."""
    server = server_class((host, port), handler_class)
    server.set_app(app)
    return server


if __name__ == '__main__':
    with make_server('', 8000, demo_app) as httpd:
        sa = httpd.socket.getsockname()
        print("Serving HTTP on", sa[0], "port", sa[1], "...")
        httpd.handle_request()
