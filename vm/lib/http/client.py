"""http.client for gilvm: HTTP/1.1 over a socket (RFC 7230).

An HTTPConnection sends one request at a time and reads its response; the
connection stays open for the next request unless the response says it
closes.  A response body is read by Content-Length, as chunks
(Transfer-Encoding: chunked), or to the end of the connection.  Headers
are an HTTPMessage: a case-insensitive list of (name, value) pairs (gilvm
has no `email` package; get, get_all, items, keys, values, [] and `in`
work as on CPython's).  There is no HTTPS (no `ssl`).
"""

import socket

from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected', 'UnknownProtocol',
           'UnknownTransferEncoding', 'UnimplementedFileMode', 'IncompleteRead', 'InvalidURL',
           'ImproperConnectionState', 'CannotSendRequest', 'CannotSendHeader',
           'ResponseNotReady', 'BadStatusLine', 'LineTooLong', 'RemoteDisconnected', 'error',
           'responses', 'HTTPMessage', 'parse_headers', 'HTTP_PORT', 'HTTPS_PORT']

HTTP_PORT = 80
HTTPS_PORT = 443

_MAXLINE = 65536
_MAXHEADERS = 100

responses = {v: v.phrase for v in HTTPStatus.__members__.values()}

_IDLE, _REQ_STARTED, _REQ_SENT = 'Idle', 'Request-started', 'Request-sent'


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        e = ', %i more expected' % self.expected if self.expected is not None else ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage:
    """Header fields in the order received; names compare without case."""

    def __init__(self):
        self._headers = []

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, _ in self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __iter__(self):
        return (k for k, _ in self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        value = self.get('content-type', 'text/plain')
        ctype = value.split(';')[0].strip().lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_charset(self, failobj=None):
        for param in self.get('content-type', '').split(';')[1:]:
            key, _, value = param.partition('=')
            if key.strip().lower() == 'charset':
                return value.strip().strip('"').lower()
        return failobj

    def as_string(self):
        return ''.join('%s: %s\n' % item for item in self._headers) + '\n'

    def __str__(self):
        return self.as_string()


def parse_headers(fp, _class=HTTPMessage):
    """The header lines from fp up to the blank line, as an HTTPMessage;
    a line starting with whitespace continues the one before."""
    msg = _class()
    count = 0
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in (b'\r\n', b'\n', b''):
            return msg
        count += 1
        if count > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        text = line.decode('iso-8859-1').rstrip('\r\n')
        if text[:1] in (' ', '\t') and msg._headers:
            name, value = msg._headers[-1]
            msg._headers[-1] = (name, value + ' ' + text.strip())
            continue
        name, sep, value = text.partition(':')
        if sep:
            msg._headers.append((name, value.strip()))


class HTTPResponse:
    """The response to one request: status, reason, headers, and a body
    read with read()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.url = url
        self.headers = self.msg = None
        self.version = self.status = self.reason = None
        self.chunked = False
        self.chunk_left = None
        self.length = None
        self.will_close = True

    def _read_status(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if not line:
            raise RemoteDisconnected("Remote end closed connection without response")
        text = line.decode('iso-8859-1')
        version, _, rest = text.partition(' ')
        status, _, reason = rest.partition(' ')
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(text)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(text) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(text)
        return version, code, reason.strip()

    def begin(self):
        """Read the status line and headers (skipping 100 Continue)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)
        self.code = self.status = status
        self.reason = reason
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        self.chunked = (self.headers.get('transfer-encoding') or '').lower() == 'chunked'
        connection = (self.headers.get('connection') or '').lower()
        self.will_close = 'close' in connection or (self.version == 10 and 'keep-alive' not in connection)
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED) or 100 <= status < 200 or
                self._method == 'HEAD'):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def close(self):
        self._close_conn()

    @property
    def closed(self):
        return self.fp is None

    def isclosed(self):
        return self.fp is None

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size = line.split(b';', 1)[0]
        try:
            return int(size, 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b'') from None

    def _read_chunked(self, amt):
        parts = []
        while amt is None or amt > 0:
            if not self.chunk_left:
                if self.chunk_left == 0:
                    self._safe_read(2)   # the CRLF after a chunk's data
                self.chunk_left = self._read_chunk_size()
                if self.chunk_left == 0:
                    while self.fp.readline(_MAXLINE + 1) not in (b'\r\n', b'\n', b''):
                        pass   # trailer fields
                    self._close_conn()
                    break
            n = self.chunk_left if amt is None else min(amt, self.chunk_left)
            parts.append(self._safe_read(n))
            self.chunk_left -= n
            if amt is not None:
                amt -= n
        return b''.join(parts)

    def read(self, amt=None):
        """The body (amt bytes of it, when given); b'' once it is all read."""
        if self.fp is None:
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if self.length is not None and (amt is None or amt > self.length):
            amt = self.length
        data = self.fp.read() if amt is None else self.fp.read(amt)
        if self.length is not None:
            self.length -= len(data)
            if amt and len(data) < amt:
                self._close_conn()
                raise IncompleteRead(data, amt - len(data))
            if not self.length:
                self._close_conn()
        elif amt is None or not data:
            self._close_conn()
        return data

    def readline(self, limit=-1):
        if self.fp is None or self.chunked:
            raise NotImplementedError("gilvm: readline() on a chunked or closed HTTPResponse")
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name)
        return default if values is None else ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.items()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def readable(self):
        return True

    def fileno(self):
        return self.fp.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class HTTPConnection:
    """A connection to one HTTP server: request(), then getresponse()."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _IDLE
        self._method = None
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == "":
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:])
                host = host[:i]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = socket.create_connection((self.host, self.port), self.timeout, self.source_address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def close(self):
        self.__state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self.__response = self.__response, None
            if response:
                response.close()

    def send(self, data):
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, 'read'):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        if isinstance(data, (bytes, bytearray, memoryview)):
            self.sock.sendall(data)
            return
        for block in data:
            self.sock.sendall(block)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: its request line, and Host and Accept-Encoding
        unless skipped."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _IDLE:
            raise CannotSendRequest(self.__state)
        self.__state = _REQ_STARTED
        self._method = method
        url = url or '/'
        bad = [ch for ch in method if ord(ch) < 0x20]
        if bad:
            raise ValueError("method can't contain control characters. %r (found at least %r)"
                             % (method, bad[0]))
        bad = [ch for ch in url if ord(ch) <= 0x20 or ord(ch) == 0x7f]
        if bad:
            raise InvalidURL("URL can't contain control characters. %r (found at least %r)"
                             % (url, bad[0]))
        self._buffer = [('%s %s %s' % (method, url, self._http_vsn_str)).encode('ascii')]
        if not skip_host:
            port = '' if self.port == self.default_port else ':%d' % self.port
            host = self.host if ':' not in self.host else '[%s]' % self.host
            self.putheader('Host', host + port)
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != _REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        parts = []
        for v in values:
            if hasattr(v, 'encode'):
                v = v.encode('latin-1')
            elif isinstance(v, int):
                v = str(v).encode('ascii')
            parts.append(v)
        self._buffer.append(header + b': ' + b'\r\n\t'.join(parts))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state != _REQ_STARTED:
            raise CannotSendHeader()
        self.__state = _REQ_SENT
        self._buffer.extend((b'', b''))
        head = b'\r\n'.join(self._buffer)
        self._buffer = []
        self.send(head)
        if message_body is not None:
            if encode_chunked:
                for chunk in ([message_body] if isinstance(message_body, bytes) else message_body):
                    if isinstance(chunk, str):
                        chunk = chunk.encode('iso-8859-1')
                    if chunk:
                        self.send(b'%X\r\n' % len(chunk) + chunk + b'\r\n')
                self.send(b'0\r\n\r\n')
            else:
                self.send(message_body)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a whole request: body may be bytes, str (sent as ISO-8859-1,
        as CPython does), a file, or an iterable of bytes."""
        names = {k.lower() for k in headers}
        self.putrequest(method, url, skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if 'content-length' not in names and 'transfer-encoding' not in names:
            if isinstance(body, str):
                body = body.encode('iso-8859-1')
            if isinstance(body, (bytes, bytearray)):
                self.putheader('Content-Length', str(len(body)))
            elif body is None:
                if method.upper() in ('PATCH', 'POST', 'PUT'):
                    self.putheader('Content-Length', '0')
            else:
                encode_chunked = True
                self.putheader('Transfer-Encoding', 'chunked')
        elif isinstance(body, str):
            body = body.encode('iso-8859-1')
        for name, value in headers.items():
            self.putheader(name, value)
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """The response to the request sent: status and headers read."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            response.begin()
        except ConnectionError:
            self.close()
            raise
        self.__state = _IDLE
        if response.will_close:
            self.close()
        else:
            self.__response = response
        return response


class HTTPSConnection(HTTPConnection):
    default_port = HTTPS_PORT

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("gilvm: HTTPS is not available (no ssl module)")
