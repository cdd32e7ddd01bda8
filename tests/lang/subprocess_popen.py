# subprocess.Popen: pipes as file objects, communicate with every pipe at
# once (more than a pipe's capacity each way, which deadlocks unless they
# move together), a timeout that keeps what was read and resumes, wait,
# poll, kill, terminate, send_signal, and the context manager.
import os
import subprocess
import sys

fds_at_start = sorted(os.listdir('/proc/self/fd'))

PY = sys.executable
PIPE = subprocess.PIPE

# 1 MB in; 1 MB back on stdout and 256 KB on stderr while it is still reading.
echo = ('import sys\n'
        'data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()\n'
        'sys.stderr.write("e" * 262144)\n'
        'sys.stderr.flush()\n'
        'sys.stdout.write(str(len(data)) + "\\n" + "o" * 1048576)\n')
p = subprocess.Popen([PY, '-c', echo], stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(b'i' * 1048576)
print(out[:8], len(out), len(err), p.returncode, p.poll())

p = subprocess.Popen(['cat'], stdin=PIPE, stdout=PIPE, stderr=PIPE)
print(p.communicate(b'x' * 200000)[0] == b'x' * 200000, p.returncode)

# Pipes are file objects.
p = subprocess.Popen(['sh', '-c', 'read line; echo "got $line"; echo two'], stdin=PIPE, stdout=PIPE,
                     text=True)
p.stdin.write('first\n')
p.stdin.close()
print(repr(p.stdout.readline()), repr(p.stdout.read()), p.wait())
p.stdout.close()

with subprocess.Popen([PY, '-c', 'print("in a with")'], stdout=PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

# A timeout keeps the output so far; the next communicate resumes.
p = subprocess.Popen(['sh', '-c', 'echo before; sleep 1; echo after'], stdout=PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('timeout', e.timeout, e.output)
print(p.communicate(), p.returncode)

p = subprocess.Popen(['sleep', '10'])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout)
p.terminate()
print(p.wait(), p.poll(), p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(2)
print(p.wait())
p.kill()   # already reaped: nothing happens
print(p.returncode, type(p.pid).__name__, p.pid > 0)
p = subprocess.Popen(['true'])
print(p.communicate(), p.returncode)
print(repr(p).startswith('<Popen: returncode: 0 args: '))
try:
    subprocess.Popen(['gilkit-no-such-program'], stdout=PIPE)
except FileNotFoundError as e:
    print(e)
print('descriptors left open:', len(os.listdir('/proc/self/fd')) - len(fds_at_start))
