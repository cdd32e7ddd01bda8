# signal.pthread_sigmask / sigpending / sigwait / siginterrupt.
import signal
import threading
import os


def ours(mask):
    """The test's signals in a mask (the process may start with others blocked)."""
    return sorted(int(s) for s in mask if s in (usr1, usr2))


usr1, usr2 = int(signal.SIGUSR1), int(signal.SIGUSR2)
start = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(type(start).__name__, ours(start))
print(ours(signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})) == [usr1])
print(ours(signal.pthread_sigmask(signal.SIG_UNBLOCK, (signal.SIGUSR2,))) == [usr1, usr2])
print(ours(signal.sigpending()))

# a blocked signal stays pending until sigwait takes it
signal.raise_signal(signal.SIGUSR1)
print(ours(signal.sigpending()) == [usr1])
print(signal.sigwait([signal.SIGUSR1]) == usr1, ours(signal.sigpending()))

# sigwait releases the GIL: another thread runs, then sends the signal
sent = []


def sender():
    sent.append("running")
    os.kill(os.getpid(), signal.SIGUSR1)


t = threading.Thread(target=sender)
t.start()
print(signal.sigwait({signal.SIGUSR1}) == usr1, sent)
t.join()

# unblocking a pending signal runs its handler before pthread_sigmask returns
heard = []
signal.signal(signal.SIGUSR1, lambda n, f: heard.append(n == usr1))
signal.raise_signal(signal.SIGUSR1)
print(heard)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(heard, ours(signal.pthread_sigmask(signal.SIG_SETMASK, start)))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

for args in ((99, []), (signal.SIG_BLOCK, [0]), (signal.SIG_BLOCK, [1000]),
             (signal.SIG_BLOCK, 5), (signal.SIG_BLOCK, ["a"])):
    try:
        signal.pthread_sigmask(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else "")
for f, args in ((signal.sigwait, (5,)), (signal.sigpending, (1,)),
                (signal.siginterrupt, (1,)), (signal.siginterrupt, (0, 1))):
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(signal.siginterrupt(signal.SIGUSR1, True), signal.siginterrupt(signal.SIGUSR1, False))
print(int(signal.SIG_BLOCK), int(signal.SIG_UNBLOCK), int(signal.SIG_SETMASK))
