"""xmlrpc.client for gilvm: XML-RPC marshalling and a client over http.client.

A call is a <methodCall> document POSTed to the server; the answer is a
<methodResponse> holding one value or a <fault>.  Values map to Python as:
int/i4 (32-bit int), boolean (bool), string (str), double (float),
dateTime.iso8601 (DateTime, or datetime), base64 (Binary, or bytes),
array (list), struct (dict with str keys) and nil (None, when allow_none).
dumps() writes python3's text byte for byte; loads() parses with expat.
"""

import base64
import errno
import gzip
import http.client
import io
import sys
import time
import urllib.parse
from datetime import datetime
from xml.parsers import expat

__version__ = '%d.%d' % sys.version_info[:2]

MAXINT = 2 ** 31 - 1
MININT = -2 ** 31

# Fault codes of the "specification for fault code interoperability".
PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300
NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603


def escape(s):
    """s with &, < and > written as entities."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- errors -----------------------------------------------------------------

class Error(Exception):
    """Base of this module's errors; str() is the repr."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The server answered with an HTTP status other than 200."""

    def __init__(self, url, errcode, errmsg, headers):
        Error.__init__(self)
        self.url = url
        self.errcode = errcode
        self.errmsg = errmsg
        self.headers = headers

    def __repr__(self):
        return "<%s for %s: %s %s>" % (type(self).__name__, self.url, self.errcode, self.errmsg)


class ResponseError(Error):
    """The response was not a well formed XML-RPC answer."""


class Fault(Error):
    """An XML-RPC fault: the server's error, with its code and message."""

    def __init__(self, faultCode, faultString, **extra):
        Error.__init__(self)
        self.faultCode = faultCode
        self.faultString = faultString

    def __repr__(self):
        return "<%s %s: %r>" % (type(self).__name__, self.faultCode, self.faultString)


boolean = Boolean = bool


# ---- wrapper types ----------------------------------------------------------

def _iso8601(value):
    """A datetime as XML-RPC writes it: yyyymmddThh:mm:ss, the year in four digits."""
    return "%04d%02d%02dT%02d:%02d:%02d" % (value.year, value.month, value.day,
                                             value.hour, value.minute, value.second)


def _strftime(value):
    if isinstance(value, datetime):
        return _iso8601(value)
    if not isinstance(value, (tuple, time.struct_time)):
        if value == 0:
            value = time.time()
        value = time.localtime(value)
    return "%04d%02d%02dT%02d:%02d:%02d" % tuple(value[:6])


class DateTime:
    """An XML-RPC dateTime.iso8601: the text yyyymmddThh:mm:ss in .value.
    Built from that text, a datetime, a time tuple or seconds (0: now)."""

    def __init__(self, value=0):
        if isinstance(value, str):
            self.value = value
        else:
            self.value = _strftime(value)

    def make_comparable(self, other):
        if isinstance(other, DateTime):
            return self.value, other.value
        if isinstance(other, datetime):
            return self.value, _iso8601(other)
        if isinstance(other, str):
            return self.value, other
        if hasattr(other, "timetuple"):
            return self.timetuple(), other.timetuple()
        return self.value, NotImplemented

    def _compare(self, other, test):
        mine, theirs = self.make_comparable(other)
        if theirs is NotImplemented:
            return NotImplemented
        return test(mine, theirs)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def timetuple(self):
        return time.strptime(self.value, "%Y%m%dT%H:%M:%S")

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.value, id(self))

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        out.write("<value><dateTime.iso8601>")
        out.write(self.value)
        out.write("</dateTime.iso8601></value>\n")


def _datetime(data):
    value = DateTime()
    value.decode(data)
    return value


def _datetime_type(data):
    return datetime.strptime(data, "%Y%m%dT%H:%M:%S")


class Binary:
    """XML-RPC base64 data: bytes in .data."""

    def __init__(self, data=None):
        if data is None:
            data = b""
        else:
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("expected bytes or bytearray, not %s" % type(data).__name__)
            data = bytes(data)
        self.data = data

    def __str__(self):
        return str(self.data, "latin-1")

    def __eq__(self, other):
        if isinstance(other, Binary):
            other = other.data
        return self.data == other

    def decode(self, data):
        self.data = base64.decodebytes(data)

    def encode(self, out):
        out.write("<value><base64>\n")
        out.write(base64.encodebytes(self.data).decode("ascii"))
        out.write("</base64></value>\n")


def _binary(data):
    value = Binary()
    value.decode(data)
    return value


WRAPPERS = (DateTime, Binary)


# ---- marshalling ------------------------------------------------------------

class Marshaller:
    """Writes Python values as XML-RPC <params> (or a <fault>)."""

    def __init__(self, encoding=None, allow_none=False):
        self.memo = {}
        self.encoding = encoding
        self.allow_none = allow_none

    def dumps(self, values):
        out = []
        write = out.append
        if isinstance(values, Fault):
            write("<fault>\n")
            self.__dump({'faultCode': values.faultCode, 'faultString': values.faultString}, write)
            write("</fault>\n")
        else:
            write("<params>\n")
            for v in values:
                write("<param>\n")
                self.__dump(v, write)
                write("</param>\n")
            write("</params>\n")
        return "".join(out)

    def __dump(self, value, write):
        name = self.dispatch.get(type(value))
        if name is None:
            # Only plain instances go as structs of their attributes: a
            # subclass of a basic type has no XML-RPC form of its own.
            if not hasattr(value, '__dict__') or any(t in self.dispatch for t in type(value).__mro__):
                raise TypeError("cannot marshal %s objects" % type(value))
            name = "dump_instance"
        getattr(self, name)(value, write)

    def dump_nil(self, value, write):
        if not self.allow_none:
            raise TypeError("cannot marshal None unless allow_none is enabled")
        write("<value><nil/></value>")

    def dump_bool(self, value, write):
        write("<value><boolean>%s</boolean></value>\n" % ("1" if value else "0"))

    def dump_long(self, value, write):
        if value > MAXINT or value < MININT:
            raise OverflowError("int exceeds XML-RPC limits")
        write("<value><int>%d</int></value>\n" % value)

    dump_int = dump_long

    def dump_double(self, value, write):
        write("<value><double>%r</double></value>\n" % value)

    def dump_unicode(self, value, write, escape=escape):
        write("<value><string>%s</string></value>\n" % escape(value))

    def dump_bytes(self, value, write):
        write("<value><base64>\n")
        write(base64.encodebytes(value).decode("ascii"))
        write("</base64></value>\n")

    def _enter(self, value, what):
        key = id(value)
        if key in self.memo:
            raise TypeError("cannot marshal recursive %s" % what)
        self.memo[key] = None
        return key

    def dump_array(self, value, write):
        key = self._enter(value, "sequences")
        write("<value><array><data>\n")
        for v in value:
            self.__dump(v, write)
        write("</data></array></value>\n")
        del self.memo[key]

    def dump_struct(self, value, write, escape=escape):
        key = self._enter(value, "dictionaries")
        write("<value><struct>\n")
        for k, v in value.items():
            write("<member>\n")
            if not isinstance(k, str):
                raise TypeError("dictionary key must be string")
            write("<name>%s</name>\n" % escape(k))
            self.__dump(v, write)
            write("</member>\n")
        write("</struct></value>\n")
        del self.memo[key]

    def dump_datetime(self, value, write):
        write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n" % _iso8601(value))

    def dump_instance(self, value, write):
        if type(value) in WRAPPERS:
            self.write = write
            value.encode(self)
            del self.write
        else:
            self.dump_struct(value.__dict__, write)

    dispatch = {
        type(None): "dump_nil", bool: "dump_bool", int: "dump_long", float: "dump_double",
        str: "dump_unicode", bytes: "dump_bytes", bytearray: "dump_bytes",
        tuple: "dump_array", list: "dump_array", dict: "dump_struct",
        datetime: "dump_datetime", DateTime: "dump_instance", Binary: "dump_instance",
    }


class Unmarshaller:
    """Collects the values of an XML-RPC document from parser events;
    close() returns them as a tuple, or raises the Fault it held."""

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._type = None
        self._stack = []
        self._marks = []
        self._data = []
        self._value = False
        self._methodname = None
        self.append = self._stack.append
        self._use_datetime = use_builtin_types or use_datetime
        self._use_bytes = use_builtin_types

    def close(self):
        if self._type is None or self._marks:
            raise ResponseError()
        if self._type == "fault":
            raise Fault(**self._stack[0])
        return tuple(self._stack)

    def getmethodname(self):
        return self._methodname

    def xml(self, encoding, standalone):
        """The XML declaration's encoding: expat has already decoded the text."""

    def start(self, tag, attrs):
        tag = tag.rpartition(':')[2]   # ex:nil and the like: the local name counts
        if tag in ("array", "struct"):
            self._marks.append(len(self._stack))
        self._data = []
        if self._value and tag not in self.dispatch:
            raise ResponseError("unknown tag %r" % tag)
        self._value = tag == "value"

    def data(self, text):
        self._data.append(text)

    def end(self, tag):
        name = self.dispatch.get(tag.rpartition(':')[2])
        if name is not None:
            getattr(self, name)("".join(self._data))

    def _push(self, value):
        self.append(value)
        self._value = False

    def end_nil(self, data):
        self._push(None)

    def end_boolean(self, data):
        if data not in ("0", "1"):
            raise TypeError("bad boolean value")
        self._push(data == "1")

    def end_int(self, data):
        self._push(int(data))

    def end_double(self, data):
        self._push(float(data))

    def end_bigdecimal(self, data):
        from decimal import Decimal   # imported when first needed: it is large
        self._push(Decimal(data))

    def end_string(self, data):
        self._push(data)

    def end_array(self, data):
        mark = self._marks.pop()
        self._stack[mark:] = [self._stack[mark:]]
        self._value = False

    def end_struct(self, data):
        mark = self._marks.pop()
        items = self._stack[mark:]
        self._stack[mark:] = [dict(zip(items[::2], items[1::2]))]
        self._value = False

    def end_base64(self, data):
        value = _binary(data.encode("ascii"))
        self._push(value.data if self._use_bytes else value)

    def end_dateTime(self, data):
        self._push(_datetime_type(data) if self._use_datetime else _datetime(data))

    def end_value(self, data):
        if self._value:   # a <value> with no type inside is a string
            self.end_string(data)

    def end_params(self, data):
        self._type = "params"

    def end_fault(self, data):
        self._type = "fault"

    def end_methodName(self, data):
        self._methodname = data
        self._type = "methodName"

    dispatch = {
        "nil": "end_nil", "boolean": "end_boolean",
        "i1": "end_int", "i2": "end_int", "i4": "end_int", "i8": "end_int",
        "int": "end_int", "biginteger": "end_int",
        "double": "end_double", "float": "end_double", "bigdecimal": "end_bigdecimal",
        "string": "end_string", "name": "end_string",
        "array": "end_array", "struct": "end_struct", "base64": "end_base64",
        "dateTime.iso8601": "end_dateTime", "value": "end_value",
        "params": "end_params", "fault": "end_fault", "methodName": "end_methodName",
    }


class ExpatParser:
    """Feeds an Unmarshaller from expat's events."""

    def __init__(self, target):
        self._parser = parser = expat.ParserCreate(None, None)
        self._target = target
        parser.StartElementHandler = target.start
        parser.EndElementHandler = target.end
        parser.CharacterDataHandler = target.data
        target.xml(None, None)

    def feed(self, data):
        self._parser.Parse(data, False)

    def close(self):
        parser = getattr(self, "_parser", None)
        if parser is not None:
            del self._target, self._parser
            parser.Parse(b"", True)


def getparser(use_datetime=False, use_builtin_types=False):
    """A (parser, unmarshaller) pair: feed the parser, then close both."""
    target = Unmarshaller(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    return ExpatParser(target), target


def dumps(params, methodname=None, methodresponse=None, encoding=None, allow_none=False):
    """params (a tuple, or a Fault) as XML-RPC text: a <methodCall> if
    methodname is given, a <methodResponse> if methodresponse (or a Fault),
    else the bare <params>."""
    assert isinstance(params, (tuple, Fault)), "argument must be tuple or Fault instance"
    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and isinstance(params, tuple):
        assert len(params) == 1, "response tuple must be a singleton"
    encoding = encoding or "utf-8"
    data = Marshaller(encoding, allow_none).dumps(params)
    if encoding != "utf-8":
        header = "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    else:
        header = "<?xml version='1.0'?>\n"
    if methodname:
        return "".join((header, "<methodCall>\n<methodName>", methodname, "</methodName>\n",
                        data, "</methodCall>\n"))
    if methodresponse:
        return "".join((header, "<methodResponse>\n", data, "</methodResponse>\n"))
    return data


def loads(data, use_datetime=False, use_builtin_types=False):
    """An XML-RPC document as (params, methodname); a fault raises Fault."""
    parser, target = getparser(use_datetime=use_datetime, use_builtin_types=use_builtin_types)
    parser.feed(data)
    parser.close()
    return target.close(), target.getmethodname()


def gzip_encode(data):
    """data gzip-compressed, for a request or response body."""
    out = io.BytesIO()
    with gzip.GzipFile(mode="wb", fileobj=out, compresslevel=1) as f:
        f.write(data)
    return out.getvalue()


def gzip_decode(data, max_decode=20971520):
    """A gzip body decompressed, refusing more than max_decode bytes (-1: any)."""
    with gzip.GzipFile(mode="rb", fileobj=io.BytesIO(data)) as f:
        try:
            decoded = f.read() if max_decode < 0 else f.read(max_decode + 1)
        except OSError:
            raise ValueError("invalid data")
    if max_decode >= 0 and len(decoded) > max_decode:
        raise ValueError("max gzipped payload length exceeded")
    return decoded


class GzipDecodedResponse(gzip.GzipFile):
    """A gzip-encoded HTTP response read as its decoded bytes."""

    def __init__(self, response):
        self.io = io.BytesIO(response.read())
        gzip.GzipFile.__init__(self, mode="rb", fileobj=self.io)

    def close(self):
        try:
            gzip.GzipFile.close(self)
        finally:
            self.io.close()


# ---- calling ----------------------------------------------------------------

class _Method:
    """A remote method's name, callable; an attribute names a dotted method."""

    def __init__(self, send, name):
        self.__send = send
        self.__name = name

    def __getattr__(self, name):
        return _Method(self.__send, "%s.%s" % (self.__name, name))

    def __call__(self, *args):
        return self.__send(self.__name, args)


class MultiCallIterator:
    """The results of a multicall: each a value, or a Fault raised on access."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        item = self.results[i]
        if type(item) is dict:
            raise Fault(item['faultCode'], item['faultString'])
        if type(item) is list:
            return item[0]
        raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Gathers calls, then sends them as one system.multicall when called."""

    def __init__(self, server):
        self.__server = server
        self.__call_list = []

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __getattr__(self, name):
        return _Method(self.__record, name)

    def __record(self, name, args):
        self.__call_list.append((name, args))

    def __call__(self):
        calls = [{'methodName': name, 'params': args} for name, args in self.__call_list]
        return MultiCallIterator(self.__server.system.multicall(calls))


class Transport:
    """Sends a request body to host+handler over HTTP/1.1 and parses the
    answer; keeps one connection open between calls."""

    user_agent = "Python-xmlrpc/%s" % __version__
    accept_gzip_encoding = True
    encode_threshold = None   # bytes above which a request is gzipped; None: never

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=()):
        self._use_datetime = use_datetime
        self._use_builtin_types = use_builtin_types
        self._connection = (None, None)
        self._headers = list(headers)
        self._extra_headers = []

    def request(self, host, handler, request_body, verbose=False):
        # A kept-alive connection the server has since closed fails once:
        # try again on a new one.
        for attempt in (0, 1):
            try:
                return self.single_request(host, handler, request_body, verbose)
            except http.client.RemoteDisconnected:
                if attempt:
                    raise
            except OSError as e:
                if attempt or e.errno not in (errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE):
                    raise

    def single_request(self, host, handler, request_body, verbose=False):
        try:
            conn = self.send_request(host, handler, request_body, verbose)
            resp = conn.getresponse()
            if resp.status == 200:
                self.verbose = verbose
                return self.parse_response(resp)
        except Fault:
            raise
        except Exception:
            self.close()
            raise
        if resp.getheader("content-length", ""):
            resp.read()
        raise ProtocolError(host + handler, resp.status, resp.reason, dict(resp.getheaders()))

    def getparser(self):
        return getparser(self._use_datetime, self._use_builtin_types)

    def get_host_info(self, host):
        """(host, extra headers, x509) from "user:password@host" or "host"."""
        x509 = {}
        if isinstance(host, tuple):
            host, x509 = host
        auth, sep, host = host.rpartition("@")
        extra = []
        if sep:
            auth = base64.encodebytes(urllib.parse.unquote_to_bytes(auth)).decode("utf-8")
            extra = [("Authorization", "Basic " + "".join(auth.split()))]
        return host, extra, x509

    def make_connection(self, host):
        if self._connection[1] and host == self._connection[0]:
            return self._connection[1]
        chost, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = host, http.client.HTTPConnection(chost)
        return self._connection[1]

    def close(self):
        host, conn = self._connection
        if conn:
            self._connection = (None, None)
            conn.close()

    def send_request(self, host, handler, request_body, debug):
        conn = self.make_connection(host)
        headers = self._headers + self._extra_headers
        if debug:
            conn.set_debuglevel(1)
        if self.accept_gzip_encoding:
            conn.putrequest("POST", handler, skip_accept_encoding=True)
            headers.append(("Accept-Encoding", "gzip"))
        else:
            conn.putrequest("POST", handler)
        headers.append(("Content-Type", "text/xml"))
        headers.append(("User-Agent", self.user_agent))
        self.send_headers(conn, headers)
        self.send_content(conn, request_body)
        return conn

    def send_headers(self, connection, headers):
        for key, val in headers:
            connection.putheader(key, val)

    def send_content(self, connection, request_body):
        if self.encode_threshold is not None and self.encode_threshold < len(request_body):
            connection.putheader("Content-Encoding", "gzip")
            request_body = gzip_encode(request_body)
        connection.putheader("Content-Length", str(len(request_body)))
        connection.endheaders(request_body)

    def parse_response(self, response):
        if response.getheader("Content-Encoding", "") == "gzip":
            stream = GzipDecodedResponse(response)
        else:
            stream = response
        parser, target = self.getparser()
        while True:
            data = stream.read(1024)
            if not data:
                break
            if self.verbose:
                print("body:", repr(data))
            parser.feed(data)
        if stream is not response:
            stream.close()
        parser.close()
        return target.close()


class SafeTransport(Transport):
    """HTTPS transport: gilvm has no ssl module, so connecting is refused."""

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        super().__init__(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
        self.context = context

    def make_connection(self, host):
        raise NotImplementedError("your version of http.client doesn't support HTTPS")


class ServerProxy:
    """A remote XML-RPC server: proxy.name(args) calls method name there
    (proxy.system.listMethods() calls system.listMethods)."""

    def __init__(self, uri, transport=None, encoding=None, verbose=False, allow_none=False,
                 use_datetime=False, use_builtin_types=False, *, headers=(), context=None):
        parts = urllib.parse.urlsplit(uri)
        if parts.scheme not in ("http", "https"):
            raise OSError("unsupported XML-RPC protocol")
        self.__host = parts.netloc
        self.__handler = urllib.parse.urlunsplit(["", "", parts.path, parts.query, parts.fragment]) or "/RPC2"
        if transport is None:
            if parts.scheme == "https":
                transport = SafeTransport(use_datetime=use_datetime, use_builtin_types=use_builtin_types,
                                          headers=headers, context=context)
            else:
                transport = Transport(use_datetime=use_datetime, use_builtin_types=use_builtin_types,
                                      headers=headers)
        self.__transport = transport
        self.__encoding = encoding or "utf-8"
        self.__verbose = verbose
        self.__allow_none = allow_none

    def __close(self):
        self.__transport.close()

    def __request(self, methodname, params):
        request = dumps(params, methodname, encoding=self.__encoding,
                        allow_none=self.__allow_none).encode(self.__encoding, "xmlcharrefreplace")
        response = self.__transport.request(self.__host, self.__handler, request, verbose=self.__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return "<%s for %s%s>" % (type(self).__name__, self.__host, self.__handler)

    def __getattr__(self, name):
        return _Method(self.__request, name)

    def __call__(self, attr):
        """proxy("close") and proxy("transport"): what a method name cannot reach."""
        if attr == "close":
            return self.__close
        if attr == "transport":
            return self.__transport
        raise AttributeError("Attribute %r not found" % (attr,))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.__close()


Server = ServerProxy
