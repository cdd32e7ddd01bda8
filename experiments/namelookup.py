# namelookup.py VARIANT CALLS -- what a name lookup costs, per call of len(xs).
#   global    len found through LOAD_GLOBAL (globals miss, builtins hit); run
#             under gilvm --no-global-cache to see the same without the cache
#   local     len bound to a local: LOAD_FAST, no dict at all
#   shadowed  a module-level `len` (the same builtin, now a global): LOAD_GLOBAL
#             stops at the globals dict
# The empty loop is timed too and subtracted, so ns_per_call is the lookup
# plus the call, not the loop around them.
import sys
import time

# CPython 2.6 and 3.2 (the peers) have no perf_counter; time.time is their best clock.
clock = getattr(time, "perf_counter", time.time)


def empty_loop(xs, n):
    for i in range(n):
        xs


def via_global(xs, n):
    for i in range(n):
        len(xs)


def via_local(xs, n):
    ln = len
    for i in range(n):
        ln(xs)


def timed(fn, xs, n):
    t0 = clock()
    fn(xs, n)
    return clock() - t0


if len(sys.argv) < 3 or sys.argv[1] not in ("global", "local", "shadowed"):
    print("usage: namelookup.py global|local|shadowed CALLS")
    sys.exit(2)
variant = sys.argv[1]
calls = int(sys.argv[2])
if variant == "shadowed":
    len = len  # a module global now shadows the builtin of the same name
body = via_local if variant == "local" else via_global
xs = [1, 2, 3]
# Best of three, alternating, after a short warm-up: the first pass over a
# loop pays for allocation and cold caches, which is not what is asked.
timed(empty_loop, xs, 1000)
timed(body, xs, 1000)
base = total = 1e9
for attempt in range(3):
    base = min(base, timed(empty_loop, xs, calls))
    total = min(total, timed(body, xs, calls))
print("metric ns_per_iter %.2f" % (total * 1e9 / calls))
print("metric ns_empty_iter %.2f" % (base * 1e9 / calls))
print("metric ns_per_call %.2f" % ((total - base) * 1e9 / calls))
