# socket's constants are CPython's enum members: a socket's family and type,
# and getaddrinfo's answers, show as <AddressFamily.AF_INET: 2> and
# <SocketKind.SOCK_STREAM: 1> when a program prints them, while staying the
# ints every call takes.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(repr(s.family), repr(s.type), s.proto)
print(s.family, s.type, s.family == 2, s.family.name, s.type.name)
print(isinstance(s.family, int), type(s.family).__name__, type(s.type).__name__)
s.close()

u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_NONBLOCK)
print(repr(u.family), repr(u.type))
u.close()
a, b = socket.socketpair()
print(repr(a.family), repr(b.type))
a.close()
b.close()

print(repr(socket.AF_INET6), repr(socket.SOCK_DGRAM), socket.AF_INET + 0)
print(repr(socket.MSG_PEEK), repr(socket.MSG_PEEK | socket.MSG_DONTWAIT))
print(repr(socket.AI_PASSIVE), socket.AddressFamily(2).name)
print("%d %s {}".format(socket.SOCK_STREAM) % (socket.AF_INET, socket.AF_INET))
try:
    socket.AddressFamily(12345)
except ValueError as e:
    print("ValueError:", e)

for row in socket.getaddrinfo("127.0.0.1", 8080, socket.AF_INET, socket.SOCK_STREAM):
    print(row)
for row in socket.getaddrinfo("127.0.0.1", 53, family=socket.AF_INET,
                              type=socket.SOCK_DGRAM, proto=0, flags=socket.AI_NUMERICHOST):
    print(row)
