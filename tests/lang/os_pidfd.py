# os.pidfd_open: a descriptor that turns readable when a child ends.
import os
import select
import subprocess
import time

child = subprocess.Popen(['sleep', '0.3'])
fd = os.pidfd_open(child.pid)
print('fd', isinstance(fd, int) and fd > 2, os.get_inheritable(fd))
print('running', select.select([fd], [], [], 0)[0])
start = time.monotonic()
print('ended', select.select([fd], [], [], 5)[0] == [fd], 0.1 < time.monotonic() - start < 2)
print('readable again', select.select([fd], [], [], 0)[0] == [fd])
print('reaped', child.wait())
os.close(fd)
fd = os.pidfd_open(pid=os.getpid(), flags=0)
print('self', select.select([fd], [], [], 0)[0])
os.close(fd)
try:
    os.pidfd_open(2 ** 22 + 12345)
except ProcessLookupError as e:
    print('no such pid', e.errno)
try:
    os.pidfd_open(os.getpid(), 12345)
except OSError as e:
    print('bad flags', type(e).__name__, e.errno)
