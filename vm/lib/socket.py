"""socket for gilvm: the `_socket` C module, plus what CPython's socket
module writes in Python (create_connection, create_server).

Every blocking call of a socket releases the GIL and stops for Ctrl-C on
the main thread; timeouts are CPython's (socket.timeout is TimeoutError,
as in 3.10+).  The AF_, SOCK_, MSG_ and AI_ constants are members of
CPython's enums (AddressFamily, SocketKind, MsgFlag, AddressInfo: ints to
every caller, named in their repr); a socket's family and type answer
with them (the C getters look the enums up here), and getaddrinfo too.
"""

import _socket
from _socket import *
from enum import IntEnum as _IntEnum, IntFlag as _IntFlag, _member_or_value


def _constants(prefix):
    """_socket's names with prefix, ordered as CPython's _convert_ orders
    them (by value, then name: the first of equal values is the name)."""
    found = [(n, v) for n, v in vars(_socket).items()
             if n.startswith(prefix) and n.isupper() and isinstance(v, int)]
    return sorted(found, key=lambda item: (item[1], item[0]))


AddressFamily = _IntEnum('AddressFamily', _constants('AF_'), module=__name__)
SocketKind = _IntEnum('SocketKind', _constants('SOCK_'), module=__name__)
MsgFlag = _IntFlag('MsgFlag', _constants('MSG_'), module=__name__)
AddressInfo = _IntFlag('AddressInfo', _constants('AI_'), module=__name__)
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    globals().update(_enum.__members__)
del _enum


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """_socket.getaddrinfo with the family and kind of each answer as
    AddressFamily and SocketKind members, as CPython's."""
    return [(_member_or_value(AddressFamily, af), _member_or_value(SocketKind, kind),
             pr, canon, addr)
            for af, kind, pr, canon, addr in
            _socket.getaddrinfo(host, port, family, type, proto, flags)]

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
