# os.fork: the child's exit status reaches the parent's waitpid, a pipe
# carries data both ways, and the child sees the parent's state as of the fork.
import os
import sys

value = [1, 2, 3]
to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
sys.stdout.flush()           # the child must not inherit unwritten output
pid = os.fork()
if pid == 0:
    os.close(to_child_w)
    os.close(to_parent_r)
    got = os.read(to_child_r, 100)
    value.append(4)          # the child's copy only
    os.write(to_parent_w, b'child got ' + got + b', value ' + repr(value).encode())
    os._exit(42)
os.close(to_child_r)
os.close(to_parent_w)
print('fork returned an int:', isinstance(pid, int) and pid > 0)
os.write(to_child_w, b'ping')
os.close(to_child_w)
reply = b''
while True:
    chunk = os.read(to_parent_r, 100)
    if not chunk:
        break
    reply += chunk
print(reply.decode())
got, status = os.waitpid(pid, 0)
print('waitpid pid matches:', got == pid)
print('WIFEXITED:', os.WIFEXITED(status), 'WEXITSTATUS:', os.WEXITSTATUS(status))
print('WIFSIGNALED:', os.WIFSIGNALED(status))
print('parent value unchanged:', value)

# A child killed by a signal, reaped by os.wait.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
got, status = os.wait()
print('wait pid matches:', got == pid)
print('WIFSIGNALED:', os.WIFSIGNALED(status), 'WTERMSIG:', os.WTERMSIG(status))

# SIGTERM ends a child by its default action.
import signal
import time
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print('SIGTERM: WIFSIGNALED:', os.WIFSIGNALED(status), 'WTERMSIG:', os.WTERMSIG(status))

# Children exiting with sys.exit and with an uncaught exception.
for how in ('sys.exit(5)', 'raise'):
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        if how == 'raise':
            raise ValueError('in child')
        sys.exit(5)
    _, status = os.waitpid(pid, 0)
    print(how, '-> exit status', os.WEXITSTATUS(status))

# Many children at once, reaped in any order.
pids = []
for i in range(5):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os._exit(10 + i)
    pids.append(pid)
statuses = {}
for _ in pids:
    got, status = os.wait()
    statuses[pids.index(got)] = os.WEXITSTATUS(status)
print('statuses:', [statuses[i] for i in range(5)])
try:
    os.wait()
except ChildProcessError as e:
    print('no child left:', type(e).__name__, e.errno)

# random reseeds in the child: parent and child draw different numbers.
import random
random.seed(1234)
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.write(w, repr(random.random()).encode())
    os._exit(0)
os.close(w)
child_draw = os.read(r, 100).decode()
os.waitpid(pid, 0)
print('child drew its own number:', child_draw != repr(random.random()))
