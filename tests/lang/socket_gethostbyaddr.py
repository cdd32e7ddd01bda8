# socket.gethostbyaddr and getfqdn, on the loopback address (answered from
# the hosts file, so no network is needed).
import socket

name, aliases, addrs = socket.gethostbyaddr('127.0.0.1')
print(type(name).__name__, isinstance(aliases, list), addrs)
print(socket.getfqdn('127.0.0.1') in [name] + aliases)
print(socket.getfqdn('') == socket.getfqdn(), isinstance(socket.getfqdn(), str))
for bad in [(), (1,), ('a', 'b')]:
    try:
        socket.gethostbyaddr(*bad)
    except TypeError as e:
        print('TypeError', e)
print(issubclass(socket.herror, OSError))
