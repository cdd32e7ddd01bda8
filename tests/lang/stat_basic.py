# stat: the mode bits, their tests, filemode, and the errors of a bad mode.
import os
import stat

names = sorted(n for n in dir(stat) if n[:1].isupper())
print(len(names))
print([(n, getattr(stat, n)) for n in names if not callable(getattr(stat, n))])

tests = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
         'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK,
         stat.S_IFSOCK, 0]
for kind in kinds:
    mode = kind | 0o644
    print(oct(mode), stat.filemode(mode), oct(stat.S_IFMT(mode)), oct(stat.S_IMODE(mode)),
          [t for t in tests if getattr(stat, t)(mode)])

for mode in (0, 0o170777, 0o104755, 0o102644, 0o041777, 0o041776, 0o12345677777, 0o106000,
             True, 2 ** 32 - 1):
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode))

for bad in ('x', 1.5, None, -1, 2 ** 32, 2 ** 64 - 1, 2 ** 64):
    for fn in (stat.S_ISDIR, stat.S_IMODE, stat.S_IFMT, stat.filemode, stat.S_ISDOOR):
        try:
            print(fn(bad))
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)

st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat('stat_basic.py')
print(stat.S_ISDIR(st[stat.ST_MODE]), stat.S_ISREG(st[stat.ST_MODE]), st[stat.ST_SIZE] == st.st_size)
