# pwd and grp: lookups by name and id agree with the full listings, root's
# entries, struct sequences, and CPython's errors for bad or missing keys
import grp
import os
import pwd


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e.args)


root = pwd.getpwnam('root')
fields = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')
print(repr(root) == 'pwd.struct_passwd(%s)' % ', '.join('%s=%r' % f for f in zip(fields, root)))
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir)
print(root[0], root[2], root[-1] == root.pw_shell, root[1:3], len(root))
print(type(root).__name__, isinstance(root, tuple), type(root) is pwd.struct_passwd)
print(pwd.getpwuid(0) == root, tuple(root) == tuple(pwd.getpwuid(0)))
name, passwd, uid, gid, gecos, home, shell = root
print(name, uid, gid, home)
print(pwd.getpwuid(0).pw_name)

every = pwd.getpwall()
print(type(every).__name__, root in every, all(type(p) is pwd.struct_passwd for p in every))
print(all(pwd.getpwuid(p.pw_uid).pw_uid == p.pw_uid for p in every))
print(all(pwd.getpwnam(p.pw_name).pw_name == p.pw_name for p in every))
print(all(isinstance(p.pw_uid, int) and isinstance(p.pw_gecos, str) for p in every))

attempt(pwd.getpwnam, 'no such user, surely')
attempt(pwd.getpwnam, '')
attempt(pwd.getpwnam, 1)
attempt(pwd.getpwnam, b'root')
attempt(pwd.getpwnam, 'ro\0ot')
attempt(pwd.getpwnam)
attempt(pwd.getpwnam, 'a', 'b')
attempt(pwd.getpwnam, name='root')
attempt(pwd.getpwuid, 'root')
attempt(pwd.getpwuid, 1.5)
attempt(pwd.getpwuid, None)
attempt(pwd.getpwuid)
attempt(pwd.getpwuid, -5)
attempt(pwd.getpwuid, 10 ** 20)
attempt(pwd.getpwall, 1)
attempt(pwd.getpwall, x=1)
attempt(pwd.getpwuid, uid=0)
unused = max(p.pw_uid for p in every if p.pw_uid < 2 ** 31) + 12345



class Index:
    def __index__(self):
        return 0


print(pwd.getpwuid(Index()).pw_name, pwd.getpwuid(False).pw_name)
try:
    pwd.getpwuid(unused)
except KeyError as e:
    print(str(e) == repr('getpwuid(): uid not found: %d' % unused))

g = grp.getgrnam('root')
fields = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')
print(repr(g) == 'grp.struct_group(%s)' % ', '.join('%s=%r' % f for f in zip(fields, g)))
print(g.gr_name, g.gr_gid, type(g.gr_mem).__name__, g[0], g[2], len(g))
print(grp.getgrgid(0) == g, grp.getgrgid(id=0) == g, grp.getgrnam(name='root') == g)
groups = grp.getgrall()
print(g in groups, all(type(x) is grp.struct_group for x in groups))
print(all(grp.getgrgid(x.gr_gid).gr_gid == x.gr_gid for x in groups))
print(all(grp.getgrnam(x.gr_name).gr_name == x.gr_name for x in groups))
print(all(isinstance(m, str) for x in groups for m in x.gr_mem))
print(grp.getgrgid(Index()).gr_name)

attempt(grp.getgrnam, 'no such group, surely')
attempt(grp.getgrnam, b'root')
attempt(grp.getgrnam, 'ro\0ot')
attempt(grp.getgrnam)
attempt(grp.getgrgid)
attempt(grp.getgrgid, 0, 1)
attempt(grp.getgrgid, '0')
attempt(grp.getgrgid, 1.5)
attempt(grp.getgrgid, -5)
attempt(grp.getgrgid, 10 ** 20)
attempt(grp.getgrgid, -10 ** 20)
attempt(grp.getgrall, 1)
attempt(grp.getgrall, x=1)
gunused = max(x.gr_gid for x in groups if x.gr_gid < 2 ** 31) + 12345
try:
    grp.getgrgid(gunused)
except KeyError as e:
    print(str(e) == repr('getgrgid(): gid not found: %d' % gunused))

# getpass.getuser() with no login variables set falls back to pwd
import getpass
saved = {n: os.environ.pop(n, None) for n in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
try:
    expected = pwd.getpwuid(os.getuid()).pw_name
except KeyError:
    expected = 'KeyError'
try:
    got = getpass.getuser()
except KeyError:
    got = 'KeyError'
print(got == expected, got == os.environ.get('USER', got))
for n, v in saved.items():
    if v is not None:
        os.environ[n] = v
