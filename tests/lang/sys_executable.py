# sys.executable starts the running interpreter again; -E makes it ignore
# PYTHONPATH (and every PYTHON* variable), which sys.flags.ignore_environment
# reports.  sys.version_info, sys.flags and sys.implementation have
# CPython's shapes.
import os
import subprocess
import sys

print(os.path.isabs(sys.executable), os.path.isfile(sys.executable),
      os.access(sys.executable, os.X_OK))
folder = sys.argv[1]
with open(os.path.join(folder, 'gilkit_probe_mod.py'), 'w') as f:
    f.write('WHERE = "found on PYTHONPATH"\n')
env = dict(os.environ, PYTHONPATH=folder)
probe = ('import sys\n'
         'print(sys.flags.ignore_environment, sys.argv[1:])\n'
         'try:\n'
         '    import gilkit_probe_mod\n'
         '    print(gilkit_probe_mod.WHERE)\n'
         'except ImportError as e:\n'
         '    print(type(e).__name__, e)\n')
for opts in ([], ['-E']):
    r = subprocess.run([sys.executable] + opts + ['-c', probe, 'arg'], env=env,
                       capture_output=True, text=True)
    print(opts, r.returncode, r.stdout.splitlines(), r.stderr)

print(sys.flags.ignore_environment, type(sys.flags).__name__, isinstance(sys.flags, tuple))
names = ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
         'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
         'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode')
print(all(isinstance(getattr(sys.flags, n), int) for n in names), sys.flags[7] == sys.flags.ignore_environment)
print(repr(sys.flags).startswith('sys.flags(debug='))
v = sys.version_info
print(len(v), v.major, v[:1], v >= (3, 8), v.releaselevel, type(v.minor).__name__,
      repr(v).startswith('sys.version_info(major=3, minor='))
print(type(sys.version).__name__, sys.version.startswith('%d.%d.%d' % v[:3]),
      sys.hexversion >> 24, sys.platform, sys.byteorder)
impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower(), impl.version == v,
      impl.hexversion == sys.hexversion)
