# socket's byte-order and address helpers, and fromfd.
import socket as s

print(s.htons(1), s.ntohs(256), s.htonl(1), s.ntohl(16777216), s.htonl(2 ** 32 - 1), s.htons(65535))
print(s.ntohs(s.htons(4660)), s.ntohl(s.htonl(305419896)), s.htons(True), s.htons(0))
# (3.8 truncates a 16-bit value past 65535 with a warning, 3.11 refuses it: not tested)
for f, args in ((s.htons, (-1,)), (s.htonl, (-1,)), (s.htonl, (2 ** 32,)), (s.ntohl, (2 ** 70,)),
                (s.ntohl, (-2 ** 70,)), (s.htons, ())):
    try:
        f(*args)
    except (OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
for f, args in ((s.htons, ("a",)), (s.htonl, (1.0,)), (s.ntohl, (1, 2))):
    try:
        f(*args)
    except TypeError:
        print(f.__name__, "TypeError")

for a in ("1.2.3.4", "127.1", "0x7f.1", "4294967295", "1.2.3.4 junk", " 1.2.3.4",
          "1.2.3.256", "x", "", "1.2.3.4\x00"):
    try:
        print(repr(a), s.inet_aton(a))
    except (OSError, ValueError) as e:
        print(repr(a), type(e).__name__, e)
try:
    s.inet_aton(b"1.2.3.4")
except TypeError as e:
    print("TypeError", e)
print(s.inet_ntoa(b"\x01\x02\x03\x04"), s.inet_ntoa(bytearray(b"\x7f\0\0\1")),
      s.inet_ntoa(memoryview(b"\xff\xff\xff\xff")))
for a in (b"123", b"12345", "1234"):
    try:
        s.inet_ntoa(a)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

print(s.inet_pton(s.AF_INET, "10.0.0.1"), s.inet_pton(s.AF_INET6, "::1"))
print(s.inet_pton(s.AF_INET6, "2001:db8::8:800:200c:417a").hex())
print(s.inet_ntop(s.AF_INET6, b"\0" * 15 + b"\1"), s.inet_ntop(s.AF_INET, b"abcd"),
      s.inet_ntop(s.AF_INET6, bytes.fromhex("20010db8000000000008080020 0c417a".replace(" ", ""))))
for f, args in ((s.inet_pton, (s.AF_INET, "1.2.3")), (s.inet_pton, (s.AF_INET6, "x")),
                (s.inet_ntop, (s.AF_INET, b"abc")), (s.inet_ntop, (s.AF_INET6, b"abcd")),
                (s.inet_ntop, (99, b"abcd")), (s.inet_pton, (s.AF_INET, b"1.2.3.4")),
                (s.inet_ntop, (s.AF_INET, "abcd")), (s.inet_pton, (s.AF_INET,))):
    try:
        f(*args)
    except (OSError, ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)

a, b = s.socketpair()
c = s.fromfd(a.fileno(), s.AF_UNIX, s.SOCK_STREAM)
print(c.fileno() != a.fileno(), c.family == s.AF_UNIX, c.type == s.SOCK_STREAM, c.proto)
c.sendall(b"via dup")
print(b.recv(16))
c.close()
a.sendall(b"still open")
print(b.recv(16))
a.close()
b.close()
try:
    s.fromfd(-1, s.AF_UNIX, s.SOCK_STREAM)
except OSError as e:
    print("OSError", e.errno)
