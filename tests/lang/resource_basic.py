# resource: getrusage's struct_rusage, getrlimit/setrlimit, getpagesize and
# the errors python3 raises for bad arguments.
import resource


def report(fn, *args):
    try:
        print(fn(*args))
    except Exception as e:
        print(type(e).__name__, e)


u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, isinstance(u, tuple), len(u))
print(type(u.ru_utime).__name__, type(u.ru_stime).__name__, type(u.ru_maxrss).__name__)
print(u[0] == u.ru_utime, u[2] == u.ru_maxrss, u[-1] == u.ru_nivcsw, u[14] == u.ru_nvcsw)
print(u.ru_utime >= 0, u.ru_maxrss > 0, type(u[:3]).__name__, len(u[:3]))
print(repr(u).startswith('resource.struct_rusage(ru_utime='))
print(type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__)
print(type(resource.getrusage(resource.RUSAGE_THREAD)).__name__)
print(resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
try:
    u.ru_utime = 1.0
except AttributeError:
    print('AttributeError on assignment')

for who in (5, 'x', 1.5, 2 ** 70):
    report(resource.getrusage, who)
report(resource.getrusage)

names = sorted(n for n in dir(resource) if n.startswith('RLIMIT_'))
print(names)
print([getattr(resource, n) for n in names])
print(resource.RLIM_INFINITY, resource.error is OSError)
print(resource.getpagesize() > 0, resource.getpagesize() % 1024)
report(resource.getpagesize, 1)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
lower = 64 if soft == resource.RLIM_INFINITY or soft > 64 else soft
resource.setrlimit(resource.RLIMIT_NOFILE, (lower, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] == lower)
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))

for res in (99, -1, 'x', 2 ** 70):
    report(resource.getrlimit, res)
report(resource.getrlimit)
report(resource.getrlimit, 1, 2)
N = resource.RLIMIT_NOFILE
for limits in (5, (1,), (1, 2, 3), ('a', 1), (1.5, 2), 'ab', None, (2 ** 70, 1)):
    report(resource.setrlimit, N, limits)
report(resource.setrlimit, N, (100, 50))
report(resource.setrlimit, 99, (1, 1))
report(resource.setrlimit, 1)
report(resource.setrlimit, 1, 2, 3)
