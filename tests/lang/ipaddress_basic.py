# ipaddress: parsing (and python3's error messages), text forms incl. IPv6
# compression, comparison and arithmetic, classification, networks'
# hosts/subnets/supernet/containment, and interfaces
import ipaddress as ip


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(list(r) if hasattr(r, '__next__') else r))
    except Exception as e:
        print(type(e).__name__, e.args)


for a in ['1.2.3.4', '0.0.0.0', '255.255.255.255', 3232235777, b'\xc0\xa8\x00\x01']:
    x = ip.IPv4Address(a)
    print(repr(x), str(x), int(x), x.packed, x.version, x.max_prefixlen, x.exploded, x.reverse_pointer)
for a in ['1.2.3', '1.2.3.4.5', '256.1.1.1', '1.a.1.1', '1.1111.1.1', '', '1..1.1', ' 1.2.3.4',
          '1.2.3.4/8', -1, 2 ** 32, b'abc', 1.5, '1.2.3.-4', None]:
    attempt(ip.IPv4Address, a)

for a in ['::', '::1', '1::', '2001:db8::1', '2001:0db8:0000:0000:0000:ff00:0042:8329',
          '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1:0:0:0:0:0', 'FE80::ABCD', '::ffff:1.2.3.4',
          '1:2:3:4:5:6:7:8', '1:0:2:0:3:0:4:0', '::1.2.3.4', 1, 2 ** 128 - 1, b'\x00' * 15 + b'\x05']:
    x = ip.IPv6Address(a)
    print(repr(x), x.compressed, x.exploded, int(x) % 100000, x.ipv4_mapped)
print(ip.IPv6Address('2001:db8::1').reverse_pointer)
for a in ['1:2:3', '1::2::3', ':1::2', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::8', 'g::1', '12345::',
          '::1.2.3', '1:2:3:4:5:6:7', '', -1, 2 ** 128, '1::2:', '::ffff:300.1.1.1', '1:2',
          '1:2:3:4:5:6:7:8:', ':1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9:10', ':::']:
    attempt(ip.IPv6Address, a)

for a in ['x', 5, 2 ** 40, None, b'\x01\x02\x03\x04', '10.1.2.3', 'fe80::1', b'\x00' * 16]:
    attempt(ip.ip_address, a)

a, b = ip.ip_address('10.0.0.1'), ip.ip_address('10.0.0.2')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a + 1 == b, b - 1, a == ip.ip_address('10.0.0.1'))
print(sorted([b, a, ip.ip_address('1.1.1.1')]), hash(a) == hash(ip.IPv4Address(167772161)))
print(ip.ip_address('::1') < ip.ip_address('::2'), ip.ip_address('::1') == ip.ip_address('0.0.0.1'))
attempt(lambda: a < ip.ip_address('::1'))
attempt(lambda: a < 5)
attempt(lambda: ip.ip_address('255.255.255.255') + 1)
attempt(lambda: ip.ip_address('0.0.0.0') - 1)
print(a == '10.0.0.1', {a: 1}[ip.IPv4Address('10.0.0.1')])

props = ['is_private', 'is_global', 'is_loopback', 'is_multicast', 'is_link_local',
         'is_unspecified', 'is_reserved']
for s in ['10.1.2.3', '172.16.5.4', '172.32.0.1', '192.168.1.1', '127.0.0.1', '169.254.1.1',
          '8.8.8.8', '100.64.0.1', '224.0.0.251', '0.0.0.0', '240.0.0.1', '192.0.2.5',
          '::1', '::', 'fe80::1', 'fc00::1', 'ff02::1', '2001:db8::1', '2606:4700::1111',
          '::ffff:10.0.0.1', 'fec0::1']:
    x = ip.ip_address(s)
    print(s, [int(getattr(x, p)) for p in props])
print(ip.ip_address('fec0::1').is_site_local, ip.ip_address('fe80::1').is_site_local)

n = ip.ip_network('192.168.1.0/28')
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
      n.num_addresses, n.with_netmask, n.with_hostmask, n.with_prefixlen, n.version, n.max_prefixlen)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[5], len(list(n)))
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.0/30').hosts()))
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2))[:2], list(n.subnets(new_prefix=30))[-1])
print(n.supernet(), n.supernet(prefixlen_diff=4), n.supernet(new_prefix=16), ip.ip_network('0.0.0.0/0').supernet())
print(ip.ip_address('192.168.1.7') in n, ip.ip_address('192.168.1.16') in n, ip.ip_address('::1') in n,
      ip.ip_network('192.168.1.0/29') in n)
m = ip.ip_network('192.168.1.8/29')
print(n.overlaps(m), m.overlaps(n), n.overlaps(ip.ip_network('192.168.2.0/24')),
      n.overlaps(ip.ip_network('::/0')), m.subnet_of(n), n.subnet_of(m), n.supernet_of(m))
print(list(ip.ip_network('10.0.0.0/24').address_exclude(ip.ip_network('10.0.0.64/27'))))
print(n == ip.ip_network('192.168.1.0/28'), n < m, sorted([m, n, ip.ip_network('192.168.1.0/24')]))
print(ip.ip_network('10.1.2.3/8', strict=False), ip.ip_network(('10.0.0.0', 8)), ip.ip_network(('10.0.0.0', '255.0.0.0')),
      ip.IPv4Network('10.0.0.0/0.0.0.255'), ip.IPv4Network('10.0.0.0/255.255.0.0'), ip.IPv4Network(167772160),
      ip.IPv4Network('10.0.0.0/08'))
for net in ['0.0.0.0/0', '::/1', '100.64.0.0/10', '10.0.0.0/7', '10.0.0.0/8', '192.168.0.0/16', '224.0.0.0/4', '127.0.0.0/8', '8.8.8.0/24', 'fe80::/64', '2001:db8::/32']:
    x = ip.ip_network(net)
    print(net, [int(getattr(x, p)) for p in props])

v6 = ip.ip_network('2001:db8::/126')
print(v6, v6.num_addresses, list(v6.hosts()), v6.broadcast_address, v6.netmask, v6.hostmask,
      list(v6.subnets()), v6.supernet(new_prefix=32), ip.ip_network('2001:db8::/127').hosts is not None)
print(list(ip.ip_network('2001:db8::/127').hosts()))

for f, args in [(ip.ip_network, ('x',)), (ip.ip_interface, ('x',)), (ip.ip_network, ('10.0.0.1/8',)),
                (ip.ip_network, ('10.0.0.0/33',)), (ip.IPv4Network, ('10.0.0.0/33',)),
                (ip.IPv4Network, ('10.0.0.0/255.0.255.0',)), (ip.IPv4Network, ('10.0.0.0/a',)),
                (ip.IPv4Network, ('10.0.0.0/8/8',)), (ip.IPv4Network, ('10.0.0.0/-1',)),
                (ip.IPv4Network, ('10.0.0.0/',)), (ip.IPv6Network, ('::1/64',)), (ip.IPv6Network, ('::/129',)),
                (ip.IPv6Network, ('::/ffff::',)), (ip.IPv4Network, (('10.0.0.0', 40),)),
                (ip.IPv4Interface, ('1.2.3.4/33',))]:
    attempt(f, *args)
attempt(lambda: list(n.subnets(new_prefix=27)))
attempt(lambda: n.supernet(new_prefix=29))
attempt(lambda: n.supernet(prefixlen_diff=29))
attempt(lambda: list(n.subnets(prefixlen_diff=5)))
attempt(lambda: list(n.subnets(prefixlen_diff=2, new_prefix=30)))
attempt(lambda: n.subnet_of(ip.ip_network('::/0')))
attempt(lambda: n[16])
attempt(lambda: n[-17])
attempt(lambda: list(n.address_exclude(ip.ip_network('10.0.0.0/8'))))
attempt(lambda: n < ip.ip_network('::/0'))

i = ip.ip_interface('192.168.1.5/24')
print(i, repr(i), i.ip, i.network, i.with_netmask, i.with_hostmask, i.with_prefixlen, i.netmask, i.hostmask,
      i == ip.ip_interface('192.168.1.5/25'), i < ip.ip_interface('192.168.1.5/25'), int(i), i.version)
print(ip.ip_interface('192.168.1.5'), ip.ip_interface('::1/64'), ip.ip_interface(('1.2.3.4', 16)),
      ip.ip_interface('2001:db8::5/64').network, ip.IPv4Interface('10.0.0.1/255.255.0.0'))
print(ip.IPv4Interface('1.2.3.4') == ip.IPv4Address('1.2.3.4'), ip.IPv4Address('1.2.3.4') == ip.IPv4Interface('1.2.3.4'),
      i.ip in i.network, isinstance(i, ip.IPv4Address), hash(i) == hash(ip.ip_interface('192.168.1.5/24')))
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError),
      ip.IPV4LENGTH, ip.IPV6LENGTH, ip.v4_int_to_packed(1), ip.v6_int_to_packed(1)[-2:])
