# time: calendar conversions (gmtime fixed instants; localtime only through round trips and types).
import time
g = time.gmtime(0); print(g, len(g), g.tm_year, g.tm_zone, g.tm_gmtoff, g[6], isinstance(g, tuple), type(g))
print(time.gmtime(1e9 + 0.7), time.gmtime(-1.5))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', time.gmtime(1234567890)))
print(time.asctime(time.gmtime(1234567890)), time.asctime((2020, 1, 5, 3, 4, 5, 6, 5, 0)))
print(time.strftime('%Y %m %d', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
t = time.time(); lt = time.localtime(t); print(time.mktime(lt) == int(t), type(lt.tm_zone), type(lt.tm_gmtoff))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), type(time.tzname), len(time.tzname))
s = time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, -1)); print(s, s.tm_zone, s == (2001, 2, 3, 4, 5, 6, 0, 34, -1), s[1:3], time.struct_time.n_fields)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()))
for bad in [lambda: time.gmtime('x'), lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e30), lambda: time.mktime((1, 2)), lambda: time.mktime(5), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((2020, 1, 1, 25, 0, 0, 0, 1, 0)), lambda: time.struct_time((1, 2, 3)), lambda: time.struct_time(range(12)), lambda: time.strftime(5), lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1.5, 0))]:
    try: bad(); print('no error')
    except Exception as e: print(type(e).__name__, e)
