# selectors over socketpairs: readiness through DefaultSelector and each
# concrete class, register/modify/unregister and the data field, the
# error cases with python3's messages, timeout 0, and closing.
import selectors
import socket


class Named:
    """A file object whose repr does not depend on descriptor numbers."""

    def __init__(self, name, fd):
        self.name, self.fd = name, fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return '<%s>' % self.name


def events_of(ready):
    return sorted((key.data, ev) for key, ev in ready)


def check(cls):
    print(cls.__name__)
    a, b = socket.socketpair()
    with cls() as sel:
        key = sel.register(a, selectors.EVENT_READ, "a-data")
        print(" key", key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
        print(" idle", sel.select(0))
        print(" idle neg", sel.select(-1))
        b.send(b"ping")
        print(" readable", events_of(sel.select(2)))
        print(" data", a.recv(10))
        key = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "rw")
        print(" modify", key.events, key.data)
        print(" writable", events_of(sel.select(2)))
        key = sel.modify(a, key.events, "new-data")
        print(" same events new data", key.data, sel.get_key(a).data)
        sel.register(b, selectors.EVENT_WRITE, "b")
        print(" both", events_of(sel.select(None)))
        m = sel.get_map()
        print(" map", len(m), a in m, m[b].data, sorted(k.data for k in m.values()))
        try:
            m[a] = None
        except TypeError as e:
            print(" map read-only", type(e).__name__)
        print(" unregister", sel.unregister(b).data, len(sel.get_map()))
        b.close()
        print(" hup", events_of(sel.select(2)))
        a.close()
        print(" closed socket unregister", sel.unregister(a).data)
        print(" empty map", len(sel.get_map()))
    print(" after close", sel.get_map())
    try:
        sel.get_key(a)
    except RuntimeError as e:
        print(" get_key closed", type(e).__name__, e)


for cls in [selectors.DefaultSelector, selectors.SelectSelector,
            selectors.PollSelector, selectors.EpollSelector]:
    check(cls)
print("default is epoll", selectors.DefaultSelector is selectors.EpollSelector)
print("abstract", issubclass(selectors.EpollSelector, selectors.BaseSelector))
try:
    selectors.BaseSelector()
except TypeError as e:
    print("BaseSelector()", type(e).__name__)

a, b = socket.socketpair()
x = Named("x", a.fileno())
sel = selectors.DefaultSelector()
sel.register(x, selectors.EVENT_READ)
key = selectors.SelectorKey("f", 3, 1, None)
print(key, key.fd, key._fields)
cases = [
    lambda: sel.register(x, selectors.EVENT_WRITE),
    lambda: sel.register(Named("y", b.fileno()), 0),
    lambda: sel.register(Named("y", b.fileno()), 4),
    lambda: sel.register(Named("bad", "notanint"), selectors.EVENT_READ),
    lambda: sel.register("nofileno", selectors.EVENT_READ),
    lambda: sel.register(-1, selectors.EVENT_READ),
    lambda: sel.register(Named("neg", -5), selectors.EVENT_READ),
    lambda: sel.unregister(Named("y", b.fileno())),
    lambda: sel.get_key(Named("y", b.fileno())),
    lambda: sel.get_map()[b.fileno() + 100],
    lambda: sel.modify(Named("z", b.fileno()), selectors.EVENT_READ),
]
for case in cases:
    try:
        case()
        print("no error")
    except (KeyError, ValueError, RuntimeError) as e:
        print(type(e).__name__, e if isinstance(e, ValueError) else e.args[0].replace(str(b.fileno() + 100), "N").replace(str(a.fileno()), "A"))
print("get_key", sel.get_key(x).fileobj is x, sel.get_key(a.fileno()).fileobj is x)
sel.close()
a.close()
b.close()
print("done")
