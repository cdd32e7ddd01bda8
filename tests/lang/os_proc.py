# os on processes, descriptors and the environment: environ (assignment
# reaches the real environment, so a child sees it), getenv, pipe, read,
# write, dup, dup2, the wait-status macros, kill and waitpid on a child,
# and the shapes of what getpid, uname, times, cpu_count and urandom return.
import os
import subprocess
import sys

print(type(os.getpid()).__name__, os.getpid() > 1, os.getppid() > 0, os.getpid() != os.getppid())
print(os.cpu_count() >= 1, type(os.sched_getaffinity(0)).__name__, len(os.sched_getaffinity(0)) >= 1)

os.environ['GILKIT_PROC_VAR'] = 'one two'
print(os.environ['GILKIT_PROC_VAR'], os.getenv('GILKIT_PROC_VAR'), 'GILKIT_PROC_VAR' in os.environ)
print(os.getenv('GILKIT_NO_SUCH'), os.getenv('GILKIT_NO_SUCH', 'dflt'), os.environ.get('GILKIT_NO_SUCH'))
child = subprocess.run(['sh', '-c', 'echo "$GILKIT_PROC_VAR"'], stdout=subprocess.PIPE)
print(child.stdout)
del os.environ['GILKIT_PROC_VAR']
print('GILKIT_PROC_VAR' in os.environ, os.environ.pop('GILKIT_PROC_VAR', 'gone'))
child = subprocess.run(['sh', '-c', 'echo "[$GILKIT_PROC_VAR]"'], stdout=subprocess.PIPE)
print(child.stdout)
try:
    os.environ['GILKIT_X'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    os.environ['GILKIT_NO_SUCH']
except KeyError as e:
    print('KeyError', e)

r, w = os.pipe()
print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
w2 = os.dup(w)
os.write(w2, b'dup')
print(os.read(r, 10))
os.dup2(w, w2)
os.write(w2, b'dup2')
print(os.read(r, 10))
for fd in (r, w, w2):
    os.close(fd)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)

for status in (0, 3 << 8, 9, 15 | 0x80):
    print(status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WCOREDUMP(status), os.WIFSTOPPED(status))

p = subprocess.Popen(['sleep', '10'])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, 15)
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFSIGNALED(status), os.WTERMSIG(status))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(p.pid, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)

u = os.uname()
print(len(u), u.sysname, type(u.nodename).__name__, u.machine == u[4], repr(u).startswith('posix.uname_result(sysname='))
t = os.times()
print(len(t), all(isinstance(x, float) and x >= 0 for x in t), t.user == t[0])
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))
print(os.strerror(2), os.strerror(13))
print(os.access('/', os.R_OK), os.access('/no/such', os.F_OK), os.isatty(0))
