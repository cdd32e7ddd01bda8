# Every blocking wait of socket and select releases the GIL: a thread
# parked in recv (blocking or under a timeout), accept, select.select,
# poll or epoll lets the main thread run Python until it decides to wake it.
# Were the GIL held, the main thread could never count and the test would hang.
import select
import socket
import threading

def count(n):
    total = 0
    for i in range(n):
        total += i
    return total

def waits(name, wait):
    a, b = socket.socketpair()
    got = []
    started = threading.Event()

    def park():
        started.set()
        got.append(wait(a))

    t = threading.Thread(target=park)
    t.start()
    started.wait()
    done = count(200000)          # runs only if the waiting thread let go of the GIL
    b.send(b"go")
    t.join()
    print(name, "woke with", got[0], "after the main thread counted", done)
    a.close()
    b.close()

waits("recv", lambda s: s.recv(10))

def timed_recv(s):
    s.settimeout(30)
    return s.recv(10)
waits("recv with timeout", timed_recv)
waits("select", lambda s: select.select([s], [], [])[0] == [s])

def poll_wait(s):
    p = select.poll()
    p.register(s, select.POLLIN)
    return p.poll() == [(s.fileno(), select.POLLIN)]
waits("poll", poll_wait)

def epoll_wait(s):
    with select.epoll() as e:
        e.register(s, select.EPOLLIN)
        return e.poll() == [(s.fileno(), select.EPOLLIN)]
waits("epoll", epoll_wait)
waits("makefile readline", lambda s: s.makefile("rb").read(2))

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
accepted = []
t = threading.Thread(target=lambda: accepted.append(srv.accept()[0]))
t.start()
done = count(200000)
c = socket.create_connection(srv.getsockname())
t.join()
print("accept returned after the main thread counted", done)
accepted[0].close()
c.close()
srv.close()
