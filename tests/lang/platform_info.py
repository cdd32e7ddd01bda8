# platform: what each function returns, as shapes (the values are the
# machine's and the interpreter's own), and how they agree with os.uname
# and sys.
import os
import platform
import sys

for name in ('python_implementation', 'python_version', 'python_compiler', 'system', 'machine',
             'release', 'node', 'version', 'platform'):
    value = getattr(platform, name)()
    print(name, type(value).__name__, len(value) > 0)
print(type(platform.processor()).__name__)
t = platform.python_version_tuple()
print(type(t).__name__, len(t), all(x.isdigit() for x in t), '.'.join(t) == platform.python_version())
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
b = platform.python_build()
print(type(b).__name__, len(b), all(isinstance(x, str) for x in b), len(b[0]) > 0)
u = platform.uname()
print(len(tuple(u)[:5]), u.system == platform.system() == os.uname().sysname,
      u.machine == os.uname().machine, u.node == os.uname().nodename,
      u.release == os.uname().release, isinstance(u.processor, str))
print(platform.system(), platform.platform().startswith('Linux-' + platform.release()),
      platform.platform(terse=1) == platform.platform())
lib, ver = platform.libc_ver()
print(lib, ver.replace('.', '').isdigit())
# ccbench's header line, as 3.2's Tools/ccbench prints it.
header = "== %s %s (%s) ==" % (platform.python_implementation(), platform.python_version(),
                               platform.python_build()[0])
print(header.startswith('== ') and header.endswith(') =='))
