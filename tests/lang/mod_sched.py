# sched: events run in (time, priority, entry) order on a fake clock whose
# delayfunc advances it, enter/enterabs/cancel/queue/empty, non-blocking
# run, actions that schedule more, an action's exception, and two threads
# entering events at once.
import sched
import threading


class Clock:
    def __init__(self):
        self.now = 100
        self.waits = []

    def time(self):
        return self.now

    def sleep(self, n):
        self.waits.append(n)
        self.now += n


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def say(*words, **kw):
    log.append((clock.now,) + words + tuple(sorted(kw.items())))


print(s.empty(), s.run(), s.queue)
e1 = s.enterabs(105, 2, say, ('abs-105-p2',))
e2 = s.enterabs(105, 1, say, ('abs-105-p1',))
e3 = s.enter(3, 0, say, argument=('in-3',), kwargs={'k': 1})
e4 = s.enter(3, 0, say, ('in-3 again',))
e5 = s.enter(50, 0, say, ('cancelled',))
print(s.empty(), [(e.time, e.priority, e.argument) for e in s.queue])
print(e3.time, e3.kwargs, e4.kwargs, e1.sequence < e2.sequence < e3.sequence, type(e1).__name__, e1._fields)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError:
    print('ValueError cancelling twice')
print(e1 < e2, e2 < e1, e3 < e4)
s.run()
print(log, clock.waits, clock.now, s.empty())

# An action may enter events; the new ones run in the same run().
def chain(n):
    say('chain', n)
    if n:
        s.enter(2, 0, chain, (n - 1,))

log.clear()
clock.waits.clear()
s.enter(1, 0, chain, (2,))
s.run()
print(log, clock.waits)

# Non-blocking: run what is due, return the wait until the next event.
log.clear()
s.enterabs(clock.now, 0, say, ('due now',))
s.enterabs(clock.now + 7, 0, say, ('later',))
print(s.run(blocking=False), log, len(s.queue))
clock.now += 7
print(s.run(False), log, s.empty())

# The exception leaves the rest queued.
def boom():
    raise KeyError('boom')

s.enter(0, 0, boom)
s.enter(0, 1, say, ('after boom',))
try:
    s.run()
except KeyError as e:
    print('KeyError', e, [ev.argument for ev in s.queue])
s.run()
print(log[-1])

# Two threads entering at once: nothing lost, order kept by time.
t0 = clock.now
def fill(base):
    for i in range(200):
        s.enterabs(t0 + base + 2 * i, 0, say, (base,))

workers = [threading.Thread(target=fill, args=(b,)) for b in (0, 1)]
for w in workers:
    w.start()
for w in workers:
    w.join()
q = s.queue
print(len(q), [ev.time - t0 for ev in q[:5]], all(a.time < b.time for a, b in zip(q, q[1:])))
log.clear()
s.run()
print(len(log), log[0][1], log[-1][1], clock.now - t0)
print(sched.__all__, sched.Event._fields)
