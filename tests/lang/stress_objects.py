# Many short-lived instances, closures and containers: __del__ runs exactly
# once per instance, at the moment each one becomes unreachable.
class Tracked:
    alive = 0
    made = 0
    freed = 0
    def __init__(self, payload):
        Tracked.alive += 1
        Tracked.made += 1
        self.payload = payload
    def __del__(self):
        Tracked.alive -= 1
        Tracked.freed += 1
def make_closure(n):
    t = Tracked([n] * 3)
    return lambda: t.payload[0] + n
peak = 0
total = 0
for i in range(5000):
    f = make_closure(i)
    total += f()
    group = [Tracked(j) for j in range(i % 7)]
    d = {"t": Tracked(i), "g": group}
    if Tracked.alive > peak:
        peak = Tracked.alive
    if i % 3 == 0:
        del d["t"]
    d = None
    group = None
print(total, Tracked.made, Tracked.freed, Tracked.alive, peak)
f = None
print("after dropping the last closure:", Tracked.alive, Tracked.made == Tracked.freed)
