"""socket for gilvm: the `_socket` C module, plus what CPython's socket
module writes in Python (create_connection, create_server).

Every blocking call of a socket releases the GIL and stops for Ctrl-C on
the main thread; timeouts are CPython's (socket.timeout is TimeoutError,
as in 3.10+).  Constants are plain ints (CPython's are IntEnum members).
"""

import _socket
from _socket import *

_GLOBAL_DEFAULT_TIMEOUT = object()


def getfqdn(name=''):
    """The fully qualified name of host `name` (default: this host): the
    first of its reverse-lookup names that has a dot, else the primary one."""
    name = name.strip()
    if not name or name == '0.0.0.0':
        name = gethostname()
    try:
        hostname, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname] + aliases:
        if '.' in candidate:
            return candidate
    return hostname


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connect to (host, port), trying each address getaddrinfo gives in
    turn; the first error is raised when none answers."""
    host, port = address
    errors = []
    for family, kind, proto, _canon, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = socket(family, kind, proto)
        try:
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as e:
            sock.close()
            errors.append(e)
    if not errors:
        raise OSError("getaddrinfo returns an empty list")
    first = errors[0]
    errors = None   # the traceback would otherwise hold the list, the list the error
    raise first


def has_dualstack_ipv6():
    """Whether an AF_INET6 server socket can take IPv4 connections too."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as sock:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set)."""
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as e:
            raise OSError(e.errno, "%s (while attempting to bind on address %r)"
                          % (e.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise
