# signal's Signals, Handlers and Sigmasks enums, and the functions that answer with them.
import signal

print(repr(signal.SIGINT), repr(signal.SIGIOT), repr(signal.SIGRTMIN))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(type(signal.SIGTERM).__name__, isinstance(signal.SIGTERM, int), signal.SIGTERM == 15)
print(signal.SIGINT + 0, "%d" % signal.SIGUSR1, signal.Signals(15) is signal.SIGTERM)
print(signal.Signals["SIGHUP"].name, signal.SIGPOLL is signal.SIGIO, repr(signal.NSIG))
print(sorted(signal.Handlers.__members__), len(signal.Sigmasks))
print("SIG_DFL" in signal.Signals.__members__, "NSIG" in signal.Signals.__members__)

print(repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)), repr(signal.getsignal(signal.SIGUSR1)))
handler = lambda n, f: None
print(repr(signal.signal(signal.SIGUSR1, handler)), signal.getsignal(signal.SIGUSR1) is handler)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

valid = signal.valid_signals()
print(signal.SIGINT in valid, repr(min(valid)), type(min(valid)).__name__)
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
now = signal.pthread_sigmask(signal.SIG_SETMASK, old)
print([repr(s) for s in now if s == signal.SIGUSR2])
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
signal.raise_signal(signal.SIGUSR2)
print([repr(s) for s in signal.sigpending() if s == signal.SIGUSR2])
print(repr(signal.sigwait({signal.SIGUSR2})))
signal.pthread_sigmask(signal.SIG_SETMASK, old)
