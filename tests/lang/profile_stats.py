# cProfile and profile over sys.setprofile, pstats loading, sorting and
# printing: call counts, primitive (non-recursive) calls, callers and the
# printed table, with the timing columns masked (timings differ).
import cProfile
import io
import os
import profile
import pstats
import re
import tempfile


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    out = []
    for i in range(3):
        out.append(fib(5))
    return sorted(out)


def masked(stats, *amount):
    s = io.StringIO()
    stats.stream = s
    stats.print_stats(*amount)
    for line in s.getvalue().splitlines():
        print(re.sub(r'\d+\.\d{3}', 'T', line).rstrip())


def counts(stats):
    for key in sorted(stats.stats, key=str):
        cc, nc, tt, ct, callers = stats.stats[key]
        print('  ', key, cc, nc, sorted(callers, key=str))


# enable / disable around a call.
pr = cProfile.Profile()
pr.enable()
main()
pr.disable()
st = pstats.Stats(pr).strip_dirs().sort_stats('calls', 'name')
masked(st)
counts(st)

# runcall gives the result; the context manager; sorting.
pr = cProfile.Profile()
print(pr.runcall(fib, 6))
st = pstats.Stats(pr).strip_dirs()
print(st.stats[('profile_stats.py', 13, 'fib')][:2])
with cProfile.Profile() as pr:
    main()
st = pstats.Stats(pr).strip_dirs()
for key in ('cumulative', 'time', 'calls', 'name', 'nfl', 'pcalls', 'stdname'):
    st.sort_stats(key)
    print(key, '->', st.sort_type)
st.sort_stats('cumulative')
print(st.fcn_list[0])
st.sort_stats(pstats.SortKey.NAME)
print([f[2] for f in st.fcn_list])
st.reverse_order()
print([f[2] for f in st.fcn_list])
masked(st.sort_stats('name'), 2)
masked(st, 'fib')

# A profile that never ran has no stats to load.
try:
    pstats.Stats(cProfile.Profile())
except TypeError:
    print('TypeError')

# profile: the same counts, built-ins keyed as profile's.
pp = profile.Profile()
pp.runcall(main)
st = pstats.Stats(pp).strip_dirs()
for key in sorted(st.stats, key=str):
    if key[2] in ('fib', 'main', 'append', 'sorted'):
        print('profile', key, st.stats[key][:2])

# dump_stats, Stats(filename), add.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.prof')
    pr = cProfile.Profile()
    pr.runcall(main)
    pr.dump_stats(path)
    st = pstats.Stats(path).strip_dirs()
    st.add(pstats.Stats(path).strip_dirs())
    print(st.stats[('profile_stats.py', 13, 'fib')][:2])
    print(st.total_calls, st.prim_calls)
try:
    st.sort_stats('bogus')
except KeyError as e:
    print('KeyError', e)
