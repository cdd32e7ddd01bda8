# A thread knows its own ids from its first line: current_thread().ident
# and .native_id inside run() equal get_ident()/get_native_id() (a GIL
# study maps them to the kernel's thread ids), and after join the parent
# sees the same values.
import os
import threading

seen = {}
lock = threading.Lock()


class Probe(threading.Thread):
    def run(self):
        me = threading.current_thread()
        with lock:
            seen[self.name] = (me is self,
                               me.ident == threading.get_ident(),
                               me.native_id == threading.get_native_id(),
                               self.native_id != os.getpid(),
                               threading.get_native_id())


def plain():
    me = threading.current_thread()
    with lock:
        seen[me.name] = (me.ident == threading.get_ident(),
                         me.native_id == threading.get_native_id(),
                         threading.get_native_id())


threads = [Probe(name="probe%d" % i) for i in range(3)]
threads += [threading.Thread(target=plain, name="plain%d" % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in threads:
    row = seen[t.name]
    print(t.name, row[:-1], "same after join:", t.native_id == row[-1])
main = threading.main_thread()
print("main:", main.native_id == threading.get_native_id() == os.getpid())
threads = t = None
