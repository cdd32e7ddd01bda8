import os
import signal
import threading
import time

# The numbers are Linux's; SIG_DFL/SIG_IGN compare equal to 0 and 1.
print(signal.SIGINT == 2, signal.SIGTERM == 15, signal.SIGALRM == 14, signal.SIGUSR1 == 10,
      signal.NSIG == 65, signal.SIG_DFL == 0, signal.SIG_IGN == 1, signal.ITIMER_REAL == 0)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL,
      signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
valid = signal.valid_signals()
print(type(valid).__name__, signal.SIGKILL in valid, 0 in valid, len(valid) >= 62)

# A Python handler runs in the main thread, between instructions, with the
# signal number; signal() returns the handler it replaces.
got = []

def on_usr1(signum, frame):
    got.append(('usr1', signum, threading.current_thread() is threading.main_thread()))

print(signal.signal(signal.SIGUSR1, on_usr1) == signal.SIG_DFL)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):   # a few instructions: the handler runs between them
    if got:
        break
print(got)
print(signal.getsignal(signal.SIGUSR1) is on_usr1)

signal.raise_signal(signal.SIGUSR1)
print(len(got))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(len(got))

# SIG_IGN drops it; SIG_DFL restores the default (returned as before).
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is on_usr1)
os.kill(os.getpid(), signal.SIGUSR1)
print(len(got), signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)

# A handler's exception propagates from where the main thread was.
class Alarm(Exception):
    pass

def on_alarm(signum, frame):
    raise Alarm('alarm %d' % signum)

signal.signal(signal.SIGALRM, on_alarm)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    while True:
        pass
except Alarm as e:
    print('caught', e)
print(signal.getitimer(signal.ITIMER_REAL))

# A blocking call interrupted by a handled signal is retried (PEP 475):
# sleep lasts its whole time, the handler still runs.
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
print(ticks, time.monotonic() - start >= 0.19)

# ... unless the handler raises: then the call ends with its exception.
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except Alarm as e:
    print('sleep interrupted:', e)

# pause() returns after a handler ran.
signal.signal(signal.SIGALRM, lambda s, f: ticks.append('paused'))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(ticks)

# alarm() answers the seconds left on the previous alarm.
print(signal.alarm(10), signal.alarm(0) in (9, 10))
old = signal.setitimer(signal.ITIMER_REAL, 10, 2)
print(old, signal.setitimer(signal.ITIMER_REAL, 0)[1])

# default_int_handler raises KeyboardInterrupt.
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from SIGINT')

# Errors.
def show(f):
    try:
        f()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)

show(lambda: signal.signal(0, signal.SIG_DFL))
show(lambda: signal.signal(1000, signal.SIG_DFL))
show(lambda: signal.signal(signal.SIGUSR1, 42))
show(lambda: signal.signal(signal.SIGUSR1, 'handler'))
show(lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN))
show(lambda: signal.getsignal(-1))
show(lambda: signal.strsignal(0))

# Only the main thread may set a handler.
def from_thread():
    show(lambda: signal.signal(signal.SIGUSR2, signal.SIG_IGN))

t = threading.Thread(target=from_thread)
t.start()
t.join()
print(signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
