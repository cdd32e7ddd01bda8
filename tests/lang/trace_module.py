# The trace module: line counts, calls recorded, lines printed as they run.
import os
import trace


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


t = trace.Trace(count=1, trace=0)
print(t.runfunc(work, 3))
for (filename, lineno), n in sorted(t.results().counts.items()):
    print(os.path.basename(filename), lineno, n)

t = trace.Trace(count=1, trace=0, countfuncs=1)
t.runfunc(work, 2)
r = t.results()
print(r.counts)
for (filename, mod, func) in sorted(r.calledfuncs):
    print(os.path.basename(filename), mod, func)

t = trace.Trace(count=0, trace=1)
t.runfunc(work, 1)
print(t.results().counts)
