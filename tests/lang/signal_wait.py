import signal
import threading
import time

# Waits the main thread makes on a lock or an event are cut short by a
# handled signal: the handler runs, then the wait goes on (PEP 475), or ends
# with the handler's exception.
ticks = []
ev = threading.Event()
lock = threading.Lock()
lock.acquire()

def on_alarm(signum, frame):
    ticks.append(signum)

def setter():
    while not ticks:          # only once the handler has run during the wait
        time.sleep(0.01)
    ev.set()
    lock.release()

signal.signal(signal.SIGALRM, on_alarm)
threading.Thread(target=setter).start()
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(ev.wait(), ticks)
print(lock.acquire(), ticks)

class Stop(Exception):
    pass

def stop(signum, frame):
    raise Stop('stopped by %d' % signum)

signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except Stop as e:
    print('acquire interrupted:', e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    threading.Event().wait(5)
except Stop as e:
    print('wait interrupted:', e)
lock.release()
signal.signal(signal.SIGALRM, signal.SIG_DFL)
