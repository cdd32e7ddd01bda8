# Collections start on their own when allocations pass threshold 0, and
# gc.disable() stops that until gc.enable(); the thresholds and counts.
import gc

print(gc.get_threshold(), gc.isenabled())


class Cyclic:
    freed = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Cyclic.freed += 1


gc.collect()
c = Cyclic()
del c
# Threshold 0 counts container allocations minus deallocations: only
# containers that stay alive bring a collection nearer.
for i in range(5000):
    [i]
print("short-lived lists only:", Cyclic.freed)
keep = [[i] for i in range(1000)]
print("freed without collect():", Cyclic.freed)

gc.disable()
print(gc.isenabled())
Cyclic.freed = 0
c = Cyclic()
del c
keep = [[i] for i in range(5000)]
print("while disabled:", Cyclic.freed)
gc.enable()
print(gc.isenabled(), "collect finds", gc.collect(), "freed", Cyclic.freed)

gc.set_threshold(5)
print(gc.get_threshold())
Cyclic.freed = 0
c = Cyclic()
del c
keep = [[i] for i in range(20)]
print("threshold 5:", Cyclic.freed)
gc.set_threshold(0)
Cyclic.freed = 0
gc.collect()
Cyclic.freed = 0
c = Cyclic()
del c
keep = [[i] for i in range(5000)]
print("threshold 0 (off):", Cyclic.freed, gc.collect(), Cyclic.freed)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

# The count of generation 0 grows with container allocations and
# collect() resets it.
del keep
gc.collect()
before = gc.get_count()[0]
more = [[] for i in range(100)]
print("count grew:", gc.get_count()[0] - before >= 100)
gc.collect()
print("after collect below 10:", gc.get_count()[0] < 10, gc.get_count()[1:])
