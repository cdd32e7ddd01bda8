"""xmlrpc.server for gilvm: XML-RPC servers over socketserver and http.server.

A SimpleXMLRPCDispatcher maps method names to functions (register_function)
or to an instance's public methods (register_instance), and turns a request
document into a response document: the function's result, or a <fault> for
a Fault it raised, or fault 1 naming any other exception.  SimpleXMLRPCServer
is a TCPServer whose handler POSTs each request body to the dispatcher;
mixed with socketserver.ThreadingMixIn it answers each connection on its
own thread.  No CGI handler and no pydoc pages: gilvm has neither module.
"""

import inspect
import re
import socketserver
import sys
import traceback
from functools import partial
from http.server import BaseHTTPRequestHandler
from xmlrpc.client import Fault, dumps, loads, gzip_encode, gzip_decode


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """obj's attribute attr, following dots if allowed; a name starting
    with '_' is private and refused."""
    for name in (attr.split('.') if allow_dotted_names else [attr]):
        if name.startswith('_'):
            raise AttributeError('attempt to access private attribute "%s"' % name)
        obj = getattr(obj, name)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes that do not start with '_'."""
    return [name for name in dir(obj) if not name.startswith('_') and callable(getattr(obj, name))]


def _fault_for(exc):
    """The fault python3's servers send for an exception that is not a Fault."""
    return Fault(1, "%s:%s" % (type(exc), exc))


class SimpleXMLRPCDispatcher:
    """Method names to callables, and the request-to-response step."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'
        self.use_builtin_types = use_builtin_types

    def register_instance(self, instance, allow_dotted_names=False):
        """Answer names no registered function has with instance's methods
        (or its _dispatch(method, params), if it has one)."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function=None, name=None):
        """Register function under name (its __name__ by default); with no
        function, a decorator that registers under name."""
        if function is None:
            return partial(self.register_function, name=name)
        if name is None:
            name = function.__name__
        self.funcs[name] = function
        return function

    def register_introspection_functions(self):
        self.funcs.update({'system.listMethods': self.system_listMethods,
                           'system.methodSignature': self.system_methodSignature,
                           'system.methodHelp': self.system_methodHelp})

    def register_multicall_functions(self):
        self.funcs['system.multicall'] = self.system_multicall

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """A request document's response document, as bytes."""
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            if dispatch_method is not None:
                result = dispatch_method(method, params)
            else:
                result = self._dispatch(method, params)
            response = dumps((result,), methodresponse=1, allow_none=self.allow_none, encoding=self.encoding)
        except Fault as fault:
            response = dumps(fault, allow_none=self.allow_none, encoding=self.encoding)
        except BaseException as exc:
            response = dumps(_fault_for(exc), allow_none=self.allow_none, encoding=self.encoding)
        return response.encode(self.encoding, 'xmlcharrefreplace')

    def system_listMethods(self):
        """The names of the methods this server answers, sorted."""
        methods = set(self.funcs)
        if self.instance is not None:
            if hasattr(self.instance, '_listMethods'):
                methods |= set(self.instance._listMethods())
            elif not hasattr(self.instance, '_dispatch'):
                methods |= set(list_public_methods(self.instance))
        return sorted(methods)

    def system_methodSignature(self, method_name):
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        """A method's docstring, or '' when it has none."""
        method = self.funcs.get(method_name)
        if method is None and self.instance is not None:
            if hasattr(self.instance, '_methodHelp'):
                return self.instance._methodHelp(method_name)
            if not hasattr(self.instance, '_dispatch'):
                try:
                    method = resolve_dotted_attribute(self.instance, method_name, self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        return inspect.getdoc(method) or ""

    def system_multicall(self, call_list):
        """Each call's result in a one-element list, or its fault as a struct."""
        results = []
        for call in call_list:
            try:
                results.append([self._dispatch(call['methodName'], call['params'])])
            except Fault as fault:
                results.append({'faultCode': fault.faultCode, 'faultString': fault.faultString})
            except BaseException as exc:
                fault = _fault_for(exc)
                results.append({'faultCode': fault.faultCode, 'faultString': fault.faultString})
        return results

    def _dispatch(self, method, params):
        """Call the function registered as method, else the instance's."""
        func = self.funcs.get(method)
        if func is not None:
            return func(*params)
        if self.instance is not None:
            if hasattr(self.instance, '_dispatch'):
                return self.instance._dispatch(method, params)
            try:
                func = resolve_dotted_attribute(self.instance, method, self.allow_dotted_names)
            except AttributeError:
                pass
            if func is not None:
                return func(*params)
        raise Exception('method "%s" is not supported' % method)


class SimpleXMLRPCRequestHandler(BaseHTTPRequestHandler):
    """Answers a POST to one of rpc_paths with the server's dispatch."""

    rpc_paths = ('/', '/RPC2', '/pydoc.css')
    encode_threshold = 1400   # responses longer than this are gzipped when the client accepts it
    wbufsize = -1
    disable_nagle_algorithm = True
    aepattern = re.compile(r"(?:\s*,)*\s*([^\s;,]+)(?:\s*;\s*q\s*=\s*([0-9.]+))?")

    def accept_encodings(self):
        """The Accept-Encoding header as {coding: q}."""
        codings = {}
        for match in self.aepattern.finditer(self.headers.get("Accept-Encoding", "")):
            coding, q = match.groups()
            codings[coding] = float(q or 1.0)
        return codings

    def is_rpc_path_valid(self):
        return not self.rpc_paths or self.path in self.rpc_paths

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            data = self._read_body()
            data = self.decode_request_content(data)
            if data is None:
                return   # an error was sent
            response = self.server._marshaled_dispatch(data, getattr(self, '_dispatch', None), self.path)
        except Exception as e:
            self.send_response(500)
            if getattr(self.server, '_send_traceback_header', False):
                self.send_header("X-exception", str(e))
                trace = traceback.format_exc().encode('ASCII', 'backslashreplace')
                self.send_header("X-traceback", str(trace, 'ASCII'))
            self.send_header("Content-length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-type", "text/xml")
        if self.encode_threshold is not None and len(response) > self.encode_threshold:
            if self.accept_encodings().get("gzip", 0):
                response = gzip_encode(response)
                self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)

    def _read_body(self):
        # Read in slices so a huge Content-Length does not allocate at once.
        remaining = int(self.headers["content-length"])
        chunks = []
        while remaining:
            chunk = self.rfile.read(min(remaining, 10 * 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b''.join(chunks)

    def decode_request_content(self, data):
        """The body with its Content-Encoding undone; None after sending an error."""
        encoding = self.headers.get("content-encoding", "identity").lower()
        if encoding == "identity":
            return data
        if encoding == "gzip":
            try:
                return gzip_decode(data)
            except ValueError:
                self.send_response(400, "error decoding gzip content")
        else:
            self.send_response(501, "encoding %r not supported" % encoding)
        self.send_header("Content-length", "0")
        self.end_headers()
        return None

    def report_404(self):
        self.send_response(404)
        body = b'No such page'
        self.send_header("Content-type", "text/plain")
        self.send_header("Content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code='-', size='-'):
        if self.server.logRequests:
            BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):
    """An XML-RPC server on addr; logRequests=False keeps stderr quiet."""

    allow_reuse_address = True
    _send_traceback_header = False   # True: a 500 answer carries the traceback

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True, use_builtin_types=False):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """One dispatcher per URL path (add_dispatcher); rpc_paths is not consulted."""

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True, use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none, encoding,
                                    bind_and_activate, use_builtin_types)
        self.dispatchers = {}
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'

    def add_dispatcher(self, path, dispatcher):
        self.dispatchers[path] = dispatcher
        return dispatcher

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            return self.dispatchers[path]._marshaled_dispatch(data, dispatch_method, path)
        except BaseException:
            exc_type, exc_value = sys.exc_info()[:2]
            try:
                response = dumps(Fault(1, "%s:%s" % (exc_type, exc_value)),
                                 encoding=self.encoding, allow_none=self.allow_none)
                return response.encode(self.encoding, 'xmlcharrefreplace')
            finally:
                exc_type = exc_value = None
