# logging across os.fork (as CPython 3.8): a handler's lock held by another
# thread at the fork does not block the child, which gets new handler locks.
import io
import logging
import os
import sys
import threading

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s'))
log = logging.getLogger('forked')
log.addHandler(handler)
log.setLevel(logging.INFO)
log.info('before the fork')

held = threading.Event()
go = threading.Event()


def hold_handler_lock():
    handler.acquire()
    held.set()
    go.wait()
    handler.release()


t = threading.Thread(target=hold_handler_lock)
t.start()
held.wait()
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    log.warning('in the child')
    logging.getLogger('forked.sub').error('a child logger made after the fork')
    os.write(w, buf.getvalue().encode())
    os._exit(0)
os.close(w)
child_log = b''
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    child_log += chunk
_, status = os.waitpid(pid, 0)
print('child exit status:', os.WEXITSTATUS(status))
print('child log:')
sys.stdout.write(child_log.decode())
go.set()
t.join()
log.info('parent after the fork')
print('parent log:')
sys.stdout.write(buf.getvalue())
