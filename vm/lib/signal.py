"""signal for gilvm: the `_signal` C module, with the numbers it deals in
shown as CPython shows them: signal numbers are Signals members, SIG_DFL
and SIG_IGN Handlers members, SIG_BLOCK & co. Sigmasks members (IntEnums:
they are the ints themselves to every caller).  The functions that answer
with signals or handlers are wrapped to answer with members; the enum
module is imported only with this one.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum, _member_or_value


def _named(keep):
    return {name: value for name, value in vars(_signal).items() if keep(name)}


Signals = _IntEnum("Signals", _named(lambda n: n.startswith("SIG") and not n.startswith("SIG_")),
                   module=__name__)
Handlers = _IntEnum("Handlers", _named(lambda n: n in ("SIG_DFL", "SIG_IGN")), module=__name__)
Sigmasks = _IntEnum("Sigmasks", _named(lambda n: n in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK")),
                    module=__name__)
for _enum in (Signals, Handlers, Sigmasks):
    globals().update(_enum.__members__)
del _enum


def _signals(numbers):
    return {_member_or_value(Signals, n) for n in numbers}


def signal(signalnum, handler):
    """Set the handler of signalnum; returns the previous one."""
    return _member_or_value(Handlers, _signal.signal(signalnum, handler))


def getsignal(signalnum):
    """The handler of signalnum: a callable, SIG_DFL, SIG_IGN or None."""
    return _member_or_value(Handlers, _signal.getsignal(signalnum))


def pthread_sigmask(how, mask):
    """Change the calling thread's blocked signals; returns the old set."""
    return _signals(_signal.pthread_sigmask(how, mask))


def sigpending():
    """The signals pending for the calling thread while blocked."""
    return _signals(_signal.sigpending())


def sigwait(sigset):
    """Wait for one of the signals in sigset (blocked) and return it."""
    return _member_or_value(Signals, _signal.sigwait(sigset))


def valid_signals():
    """Every signal number this platform knows."""
    return _signals(_signal.valid_signals())
