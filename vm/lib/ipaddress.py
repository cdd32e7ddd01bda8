"""ipaddress for gilvm: IPv4 and IPv6 addresses, networks and interfaces
(an address with the network it sits in), as python3's module has them:
parsing with its error messages, comparison, arithmetic, the is_*
classifications, and a network's hosts, subnets and supernets.

Not supported: IPv6 scope IDs ("fe80::1%eth0", NotImplementedError),
format() specs beyond str's, the collapse/summarize helpers and
get_mixed_type_key."""

import functools

__all__ = [
    'IPV4LENGTH', 'IPV6LENGTH', 'AddressValueError', 'NetmaskValueError',
    'ip_address', 'ip_network', 'ip_interface', 'v4_int_to_packed', 'v6_int_to_packed',
    'IPv4Address', 'IPv4Network', 'IPv4Interface', 'IPv6Address', 'IPv6Network',
    'IPv6Interface',
]

IPV4LENGTH = 32
IPV6LENGTH = 128

_DIGITS = frozenset('0123456789')
_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


class AddressValueError(ValueError):
    """A value that is no address of the version asked for."""


class NetmaskValueError(ValueError):
    """A value that is no netmask or prefix length."""


def _first_that_fits(address, kinds, what):
    for kind in kinds:
        try:
            return kind(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address, whichever address is."""
    return _first_that_fits(address, (IPv4Address, IPv6Address), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network, whichever address is."""
    kinds = (lambda a: IPv4Network(a, strict), lambda a: IPv6Network(a, strict))
    return _first_that_fits(address, kinds, 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface, whichever address is."""
    return _first_that_fits(address, (IPv4Interface, IPv6Interface), 'interface')


def v4_int_to_packed(address):
    return address.to_bytes(4, 'big')


def v6_int_to_packed(address):
    return address.to_bytes(16, 'big')


def _same_version(a, b):
    if a.version != b.version:
        raise TypeError(f'{a} and {b} are not of the same version')


def _in_blocks(ip, blocks, bits):
    """Whether the integer ip lies in one of blocks, (start, prefixlen) pairs."""
    return any(ip >> (bits - plen) == start >> (bits - plen) for start, plen in blocks)


def _split_prefix(address, bits):
    """(address part, prefix part) of a network or interface argument."""
    if isinstance(address, (bytes, int)):
        return address, bits
    if not isinstance(address, tuple):
        parts = str(address).split('/')
        if len(parts) > 2:
            raise AddressValueError(f"Only one '/' permitted in {address!r}")
        address = parts
    return address[0], (address[1] if len(address) > 1 else bits)


# ---- addresses

@functools.total_ordering
class _BaseAddress:
    """An integer of the version's width, shown in its notation."""

    def __init__(self, address):
        limit = 1 << self.max_prefixlen
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(f'{address} (< 0) is not permitted as an {self._name} address')
            if address >= limit:
                raise AddressValueError(f'{address} (>= 2**{self.max_prefixlen}) is not permitted '
                                        f'as an {self._name} address')
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != self.max_prefixlen // 8:
                raise AddressValueError(f'{address!r} (len {len(address)} != {self.max_prefixlen // 8}) '
                                        f'is not permitted as an {self._name} address')
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        if not text:
            raise AddressValueError('Address cannot be empty')
        self._ip = self._parse(text)

    def __int__(self):
        return self._ip

    def __hash__(self):
        return hash(hex(self._ip))

    def __eq__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return self._ip == other._ip and self.version == other.version

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        _same_version(self, other)
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self._address_class(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self._address_class(self._ip - other)

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __str__(self):
        return self._text(self._ip)

    @property
    def packed(self):
        return self._ip.to_bytes(self.max_prefixlen // 8, 'big')

    @property
    def compressed(self):
        return str(self)

    @property
    def exploded(self):
        return self._exploded(self._ip)

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_multicast(self):
        return _in_blocks(self._ip, self._MULTICAST, self.max_prefixlen)

    @property
    def is_private(self):
        return _in_blocks(self._ip, self._PRIVATE, self.max_prefixlen)

    @property
    def is_global(self):
        return not _in_blocks(self._ip, self._SHARED, self.max_prefixlen) and not self.is_private

    @property
    def is_link_local(self):
        return _in_blocks(self._ip, self._LINK_LOCAL, self.max_prefixlen)

    @property
    def is_reserved(self):
        return _in_blocks(self._ip, self._RESERVED, self.max_prefixlen)


class _V4:
    """What IPv4's address, network and interface share."""
    version = 4
    max_prefixlen = IPV4LENGTH
    _name = 'IPv4'
    _PRIVATE = ((0x00000000, 8), (0x0a000000, 8), (0x7f000000, 8), (0xa9fe0000, 16),
                (0xac100000, 12), (0xc0000000, 29), (0xc00000aa, 31), (0xc0000200, 24),
                (0xc0a80000, 16), (0xc6120000, 15), (0xc6336400, 24), (0xcb007100, 24),
                (0xf0000000, 4), (0xffffffff, 32))
    _SHARED = ((0x64400000, 10),)
    _MULTICAST = ((0xe0000000, 4),)
    _LINK_LOCAL = ((0xa9fe0000, 16),)
    _RESERVED = ((0xf0000000, 4),)
    _LOOPBACK = ((0x7f000000, 8),)

    @staticmethod
    def _parse(text):
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError(f'Expected 4 octets in {text!r}')
        value = 0
        for octet in octets:
            try:
                value = (value << 8) | _V4._octet(octet)
            except ValueError as e:
                raise AddressValueError(f'{e} in {text!r}') from None
        return value

    @staticmethod
    def _octet(octet):
        if not octet:
            raise ValueError('Empty octet not permitted')
        if not _DIGITS.issuperset(octet):
            raise ValueError(f'Only decimal digits permitted in {octet!r}')
        if len(octet) > 3:
            raise ValueError(f'At most 3 characters permitted in {octet!r}')
        if octet != '0' and octet[0] == '0':
            raise ValueError(f'Leading zeros are not permitted in {octet!r}')
        value = int(octet)
        if value > 255:
            raise ValueError(f'Octet {value} (> 255) not permitted')
        return value

    @staticmethod
    def _text(ip):
        return '.'.join(str((ip >> shift) & 0xff) for shift in (24, 16, 8, 0))

    _exploded = _text

    @classmethod
    def _prefix_from_mask_text(cls, text):
        """A netmask or hostmask in dotted form as its prefix length."""
        try:
            ip = cls._parse(text)
        except AddressValueError:
            raise NetmaskValueError(f'{text!r} is not a valid netmask') from None
        for mask in (ip, ip ^ 0xffffffff):
            ones = bin(mask).count('1')
            if mask == (0xffffffff ^ (0xffffffff >> ones)):
                return ones
        raise NetmaskValueError(f'{text!r} is not a valid netmask')


class IPv4Address(_V4, _BaseAddress):
    """A 32-bit address, written 192.0.2.1."""

    @property
    def _address_class(self):
        return IPv4Address

    @property
    def is_loopback(self):
        return _in_blocks(self._ip, self._LOOPBACK, 32)

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class _V6:
    """What IPv6's address, network and interface share."""
    version = 6
    max_prefixlen = IPV6LENGTH
    _name = 'IPv6'
    _PRIVATE = ((1, 128), (0, 128), (0xffff << 32, 96), (0x100 << 112, 64),
                (0x2001 << 112, 23), (0x20010002 << 96, 48), (0x20010db8 << 96, 32),
                (0x20010010 << 96, 28), (0xfc00 << 112, 7), (0xfe80 << 112, 10))
    _SHARED = ()
    _MULTICAST = ((0xff00 << 112, 8),)
    _LINK_LOCAL = ((0xfe80 << 112, 10),)
    _SITE_LOCAL = ((0xfec0 << 112, 10),)
    _RESERVED = tuple((start << 112, plen) for start, plen in (
        (0x0000, 8), (0x0100, 8), (0x0200, 7), (0x0400, 6), (0x0800, 5), (0x1000, 4),
        (0x4000, 3), (0x6000, 3), (0x8000, 3), (0xa000, 3), (0xc000, 3), (0xe000, 4),
        (0xf000, 5), (0xf800, 6), (0xfe00, 9)))

    @staticmethod
    def _parse(text):
        if '%' in text:
            raise NotImplementedError('ipaddress: IPv6 scope IDs (%...) are not supported')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError(f'At least 3 parts expected in {text!r}')
        if '.' in parts[-1]:
            try:
                v4 = _V4._parse(parts.pop())
            except AddressValueError as e:
                raise AddressValueError(f'{e} in {text!r}') from None
            parts += ['%x' % (v4 >> 16), '%x' % (v4 & 0xffff)]
        if len(parts) > 9:
            raise AddressValueError(f'At most 8 colons permitted in {text!r}')
        head, tail = _V6._layout(parts, text)
        value = 0
        for part in parts[:head]:
            value = (value << 16) | _V6._hextet(part, text)
        value <<= 16 * (8 - head - tail)
        for part in parts[len(parts) - tail:]:
            value = (value << 16) | _V6._hextet(part, text)
        return value

    @staticmethod
    def _layout(parts, text):
        """How many parts come before and after the '::' (all before
        when there is none); AddressValueError for a misplaced ':'."""
        gaps = [k for k in range(1, len(parts) - 1) if not parts[k]]
        if len(gaps) > 1:
            raise AddressValueError(f"At most one '::' permitted in {text!r}")
        if gaps:
            head, tail = gaps[0], len(parts) - gaps[0] - 1
        else:
            if len(parts) != 8:
                raise AddressValueError(f"Exactly 8 parts expected without '::' in {text!r}")
            head, tail = 8, 0
        if not parts[0]:
            head -= 1
            if head:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {text!r}")
        if not parts[-1]:
            if gaps:
                tail -= 1
            if tail or not gaps:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {text!r}")
        if gaps and head + tail > 7:
            raise AddressValueError(f"Expected at most 7 other parts with '::' in {text!r}")
        return head, tail

    @staticmethod
    def _hextet(part, text):
        if not _HEX_DIGITS.issuperset(part):
            raise AddressValueError(f'Only hex digits permitted in {part!r} in {text!r}')
        if len(part) > 4:
            raise AddressValueError(f'At most 4 characters permitted in {part!r} in {text!r}')
        return int(part, 16)

    @staticmethod
    def _hextets(ip):
        return [(ip >> shift) & 0xffff for shift in range(112, -1, -16)]

    @staticmethod
    def _text(ip):
        """The shortest form: the longest run of two or more zero hextets
        (the first of equals) becomes '::'."""
        words = _V6._hextets(ip)
        best, best_len, run = -1, 1, 0
        for k, word in enumerate(words):
            run = run + 1 if word == 0 else 0
            if run > best_len:
                best, best_len = k - run + 1, run
        text = ['%x' % word for word in words]
        if best < 0:
            return ':'.join(text)
        return ':'.join(text[:best]) + '::' + ':'.join(text[best + best_len:])

    @staticmethod
    def _exploded(ip):
        return ':'.join('%04x' % word for word in _V6._hextets(ip))

    @classmethod
    def _prefix_from_mask_text(cls, text):
        raise NetmaskValueError(f'{text!r} is not a valid netmask')


class IPv6Address(_V6, _BaseAddress):
    """A 128-bit address, written 2001:db8::1."""

    @property
    def _address_class(self):
        return IPv6Address

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_site_local(self):
        return _in_blocks(self._ip, self._SITE_LOCAL, 128)

    @property
    def ipv4_mapped(self):
        return IPv4Address(self._ip & 0xffffffff) if self._ip >> 32 == 0xffff else None

    @property
    def reverse_pointer(self):
        return '.'.join(reversed(self.exploded.replace(':', ''))) + '.ip6.arpa'


# ---- networks

@functools.total_ordering
class _BaseNetwork:
    """An address block: a network address and a prefix length."""

    def __init__(self, address, strict=True):
        addr, prefix = _split_prefix(address, self.max_prefixlen)
        self.network_address = self._address_class(addr)
        self._prefixlen = self._prefix(prefix)
        all_ones = (1 << self.max_prefixlen) - 1
        self.netmask = self._address_class(all_ones ^ (all_ones >> self._prefixlen))
        ip = int(self.network_address)
        if ip & int(self.netmask) != ip:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = self._address_class(ip & int(self.netmask))

    @classmethod
    def _prefix(cls, prefix):
        """A prefix length from an int, a decimal string or (IPv4) a mask."""
        if isinstance(prefix, int):
            if not 0 <= prefix <= cls.max_prefixlen:
                raise NetmaskValueError(f'{prefix} is not a valid netmask')
            return prefix
        if prefix and _DIGITS.issuperset(prefix) and int(prefix) <= cls.max_prefixlen:
            return int(prefix)
        return cls._prefix_from_mask_text(prefix)

    @property
    def prefixlen(self):
        return self._prefixlen

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ ((1 << self.max_prefixlen) - 1))

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    def __str__(self):
        return self.with_prefixlen

    def __repr__(self):
        return f"{type(self).__name__}('{self}')"

    def __eq__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return (self.version == other.version and self.network_address == other.network_address
                and int(self.netmask) == int(other.netmask))

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        _same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        return self.netmask < other.netmask

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self.version != other.version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & int(self.netmask) == int(self.network_address)

    def __iter__(self):
        for ip in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield self._address_class(ip)

    def __getitem__(self, n):
        first, last = int(self.network_address), int(self.broadcast_address)
        ip = first + n if n >= 0 else last + n + 1
        if not first <= ip <= last:
            raise IndexError('address out of range')
        return self._address_class(ip)

    def hosts(self):
        """The addresses hosts may use: IPv4 leaves out the network and
        broadcast addresses, IPv6 the network (Subnet-Router anycast)
        address; a /31, /32 (/127, /128) keeps every address."""
        if self._prefixlen >= self.max_prefixlen - 1:
            return list(self) if self._prefixlen == self.max_prefixlen else iter(self)
        first, last = int(self.network_address) + 1, int(self.broadcast_address) + self._last_host
        return (self._address_class(ip) for ip in range(first, last))

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The blocks prefixlen_diff bits longer (or new_prefix long) it splits into."""
        if self._prefixlen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self.max_prefixlen:
            raise ValueError(f'prefix length diff {new_prefixlen} is invalid for netblock {self}')
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for ip in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield type(self)((ip, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The block prefixlen_diff bits shorter (or new_prefix long) holding it."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self._prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, '
                             f'cannot have a prefixlen_diff of {prefixlen_diff}')
        return type(self)((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                           new_prefixlen), strict=False)

    def subnet_of(self, other):
        _same_version(self, other)
        return (other.network_address <= self.network_address
                and other.broadcast_address >= self.broadcast_address)

    def supernet_of(self, other):
        return other.subnet_of(self)

    def address_exclude(self, other):
        """The blocks covering it without other, a block inside it."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        here = self
        while here != other:
            low, high = here.subnets()
            if other.subnet_of(low):
                yield high
                here = low
            else:
                yield low
                here = high

    def _both_ends(self, test):
        return test(self.network_address) and test(self.broadcast_address)

    @property
    def is_multicast(self):
        return self._both_ends(lambda a: a.is_multicast)

    def _inside_one(self, blocks):
        """Whether one of blocks holds the whole network."""
        ends = (int(self.network_address), int(self.broadcast_address))
        return any(all(_in_blocks(ip, (block,), self.max_prefixlen) for ip in ends) for block in blocks)

    @property
    def is_private(self):
        return self._inside_one(self._PRIVATE)

    @property
    def is_global(self):
        return not self._inside_one(self._SHARED) and not self.is_private

    @property
    def is_loopback(self):
        return self._both_ends(lambda a: a.is_loopback)

    @property
    def is_link_local(self):
        return self._both_ends(lambda a: a.is_link_local)

    @property
    def is_reserved(self):
        return self._both_ends(lambda a: a.is_reserved)

    @property
    def is_unspecified(self):
        return self._both_ends(lambda a: a.is_unspecified)


class IPv4Network(_V4, _BaseNetwork):
    """An IPv4 block, written 192.0.2.0/24 (or with a netmask or hostmask)."""
    _address_class = IPv4Address
    _last_host = 0


class IPv6Network(_V6, _BaseNetwork):
    """An IPv6 block, written 2001:db8::/32."""
    _address_class = IPv6Address
    _last_host = 1


# ---- interfaces

class _BaseInterface:
    """An address together with the network it belongs to."""

    def __init__(self, address):
        addr, prefix = _split_prefix(address, self.max_prefixlen)
        self._address_class.__init__(self, addr)
        self.network = self._network_class((addr, prefix), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def with_prefixlen(self):
        return f'{self.ip}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.ip}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.ip}/{self.hostmask}'

    def __str__(self):
        return self.with_prefixlen

    def __eq__(self, other):
        same = self._address_class.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return self.network == getattr(other, 'network', None)

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        other_net = getattr(other, 'network', None)
        if other_net is None:
            return False
        return self.network < other_net or (self.network == other_net and less)

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))


class IPv4Interface(_BaseInterface, IPv4Address):
    _address_class = IPv4Address
    _network_class = IPv4Network


class IPv6Interface(_BaseInterface, IPv6Address):
    _address_class = IPv6Address
    _network_class = IPv6Network
