# recv_into and recvfrom_into over loopback: into a bytearray, a memoryview
# slice (the bytes land in the viewed bytearray), with nbytes, from a thread
# that waits for the data, and the errors.
import socket
import threading

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

a, b = socket.socketpair()
a.sendall(b'hello world')
buf = bytearray(5)
print(b.recv_into(buf), buf)
big = bytearray(16)
view = memoryview(big)
got = 0
while got < 6:
    got += b.recv_into(view[4 + got:], 6 - got)
print(got, big)
a.sendall(b'xyz')
print(b.recv_into(buf, 2), buf)
print(b.recv_into(memoryview(buf)[3:]), buf)
view.release()

# A thread waits in recv_into (GIL released) until the data comes; the
# buffer can grow again once the call has returned.
target = bytearray(8)
result = []
ready = threading.Event()
def reader():
    ready.set()
    result.append(b.recv_into(target))
th = threading.Thread(target=reader)
th.start()
ready.wait()
a.sendall(b'late')
th.join()
print(result, target)
target.append(0)

t(lambda: b.recv_into(b'xx'))
t(lambda: b.recv_into(memoryview(b'xx')))
t(lambda: b.recv_into(5))
t(lambda: b.recv_into(bytearray(2), -1))
t(lambda: b.recv_into(bytearray(2), 5))
t(lambda: b.recv_into(bytearray(2), 'x'))
t(lambda: b.recv_into())
a.close(); b.close()
t(lambda: b.recv_into(bytearray(2)))

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2.bind(('127.0.0.1', 0))
u2.sendto(b'datagram', u1.getsockname())
dbuf = bytearray(32)
n, addr = u1.recvfrom_into(dbuf)
print(n, dbuf[:n], addr == u2.getsockname())
u2.sendto(b'abcdef', u1.getsockname())
n, addr = u1.recvfrom_into(dbuf, 3)
print(n, dbuf[:n])
t(lambda: u1.recvfrom_into(bytearray(2), 5))
t(lambda: u1.recvfrom_into(bytearray(2), -1))
t(lambda: u1.recvfrom_into(b'x'))
u1.close(); u2.close()
