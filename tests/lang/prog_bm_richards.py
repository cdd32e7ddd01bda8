# task-scheduler simulation in the richards style: linked packets, dict of tasks, sort by key
# small task-scheduler simulation in the richards spirit
IDLE, WORKER, HANDLER_A, HANDLER_B, DEV_A, DEV_B = range(6)
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link; self.ident = ident; self.kind = kind
        self.datum = 0; self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst
class Task:
    def __init__(self, sched, ident, prio, wkq):
        self.sched = sched; self.ident = ident; self.prio = prio
        self.wkq = wkq; self.held = False; self.waiting = wkq is None
        self.count = 0
    def runnable(self):
        return not self.held and (self.wkq is not None)
class Sched:
    def __init__(self):
        self.tasks = {}
        self.qpkt = 0
        self.hold = 0
        self.log = []
    def add(self, t):
        self.tasks[t.ident] = t
    def run(self, steps):
        order = sorted(self.tasks.values(), key=lambda t: -t.prio)
        for step in range(steps):
            for t in order:
                if t.runnable():
                    pkt = t.wkq
                    t.wkq = pkt.link
                    pkt.link = None
                    t.count += 1
                    pkt.datum = (pkt.datum + t.ident * 7 + step) % 26
                    pkt.data[pkt.datum % 4] += 1
                    dest = self.tasks[(t.ident + 1 + pkt.datum % 3) % len(self.tasks)]
                    dest.wkq = pkt.append_to(dest.wkq)
                    self.qpkt += 1
                    if pkt.datum % 5 == 0:
                        t.held = True
                        self.hold += 1
                    break
                elif t.held and step % 3 == 0:
                    t.held = False
s = Sched()
wq = None
for i in range(10):
    wq = Packet(None, i, i % 2).append_to(wq)
for i in range(6):
    s.add(Task(s, i, 10 - i, wq if i == 0 else None))
s.run(5000)
print(s.qpkt, s.hold, sorted((t.ident, t.count) for t in s.tasks.values()))
