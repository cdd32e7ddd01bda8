# select.select and select.poll on socketpairs and pipes: readiness,
# timeout 0 returning nothing, objects with fileno() given back as they
# were, poll register/modify/unregister, and the argument errors.
import os
import select
import socket

a, b = socket.socketpair()
print("empty", select.select([], [], [], 0))
r, w, x = select.select([a, b], [a], [], 0)
print("idle pair", r, w == [a], x)
b.send(b"hi")
r, w, x = select.select([a, b], [], [], 1.5)
print("readable", r == [a], w, x)
print(a.recv(10))
print("timeout 0", select.select([a], [], [], 0.0))

rfd, wfd = os.pipe()
print("pipe", select.select([rfd], [wfd], [], 0) == ([], [wfd], []))
os.write(wfd, b"z")
print("pipe readable", select.select([rfd, a], [], [], None)[0] == [rfd])
os.read(rfd, 1)

p = select.poll()
p.register(a, select.POLLIN)
p.register(rfd)
print("poll idle", p.poll(0))
b.send(b"x")
print("poll a", p.poll(1000) == [(a.fileno(), select.POLLIN)])
p.modify(a, select.POLLOUT)
print("poll out", p.poll(0) == [(a.fileno(), select.POLLOUT)])
p.unregister(a)
print("poll none", p.poll(0))
os.close(wfd)
print("pipe hup", p.poll(None) == [(rfd, select.POLLHUP)])
os.close(rfd)
print("closed fd", p.poll(0) == [(rfd, select.POLLNVAL)])
p.unregister(rfd)

for call in [lambda: p.unregister(a), lambda: p.modify(a, 1),
             lambda: p.register(-1), lambda: p.register("x"), lambda: p.poll("x"),
             lambda: select.select([-1], [], [], 0), lambda: select.select(["x"], [], [], 0),
             lambda: select.select([], [], [], -1), lambda: select.select([], [], [], "x"),
             lambda: select.select(1, [], []), lambda: select.select([], [])]:
    try:
        call()
    except KeyError as e:
        print("KeyError", e.args == (a.fileno(),))
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("error", select.error is OSError)
print("bits", select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL)
a.close()
b.close()

# epoll: the kernel's interest list, timeouts in seconds
a, b = socket.socketpair()
with select.epoll() as ep:
    ep.register(a, select.EPOLLIN)
    print("epoll idle", ep.poll(0))
    b.send(b"e")
    print("epoll in", ep.poll(1) == [(a.fileno(), select.EPOLLIN)])
    ep.modify(a, select.EPOLLOUT)
    print("epoll out", ep.poll(-1, 1) == [(a.fileno(), select.EPOLLOUT)])
    ep.unregister(a)
    print("epoll none", ep.poll(0.01))
    for call in [lambda: ep.unregister(a), lambda: ep.poll(0, 0), lambda: ep.poll("x")]:
        try:
            call()
        except (OSError, ValueError, TypeError) as e:
            print(type(e).__name__, e)
    ep.register(b)
    try:
        ep.register(b)
    except FileExistsError as e:
        print(type(e).__name__, e)
print("epoll closed", ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print(type(e).__name__, e)
a.close()
b.close()
