# A finalizer that stores its object somewhere reachable resurrects it:
# the collector leaves it alone, and __del__ never runs a second time.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


gc.collect()
p = Phoenix("p")
del p
print("first collect:", gc.collect())
print("saved:", [s.name for s in saved], saved[0].me is saved[0])
saved.clear()
print("second collect:", gc.collect())
print("saved after:", saved)

# Resurrected through refcounting alone (no cycle): __del__ also once.
class Once:
    def __del__(self):
        print("Once.__del__")
        saved.append(self)


o = Once()
del o
print(len(saved))
saved.clear()
print("cleared, no second __del__")
