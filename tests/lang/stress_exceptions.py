# Many raises, catches, re-raises, finally blocks and with-exits in a loop:
# counts must be exact and nothing may be left alive.
class Ctx:
    entered = 0
    exited = 0
    def __enter__(self):
        Ctx.entered += 1
        return self
    def __exit__(self, t, v, tb):
        Ctx.exited += 1
        return t is KeyError
class Custom(Exception):
    def __init__(self, n):
        Exception.__init__(self, "custom %d" % n)
        self.n = n
counts = {}
finals = 0
def step(i):
    global finals
    try:
        kind = i % 6
        if kind == 0:
            return 1 // (i - i)
        if kind == 1:
            return [][i]
        if kind == 2:
            return {}[i]
        if kind == 3:
            raise Custom(i)
        if kind == 4:
            with Ctx():
                raise KeyError(i)
            return "suppressed"
        with Ctx():
            try:
                raise ValueError(i)
            except ValueError:
                raise
    finally:
        finals += 1
for i in range(12000):
    try:
        r = step(i)
        counts[r] = counts.get(r, 0) + 1
    except Custom as e:
        counts["Custom"] = counts.get("Custom", 0) + 1
        if e.n != i:
            print("wrong payload")
    except (ZeroDivisionError, IndexError) as e:
        name = type(e).__name__
        counts[name] = counts.get(name, 0) + 1
    except LookupError as e:
        counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1
    except Exception as e:
        counts["other " + type(e).__name__] = counts.get("other " + type(e).__name__, 0) + 1
print(sorted(counts.items()))
print(finals, Ctx.entered, Ctx.exited)
