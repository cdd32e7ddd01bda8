"""multiprocessing for gilvm: processes that run Python functions, with the
fork start method (the child is an os.fork of the parent; popen_fork.py),
the default as on Linux's CPython, and spawn (each child a fresh
interpreter that imports the main script as __mp_main__; see spawn.py).
Objects travel as pickles over pipes.

Here: Process, current_process, parent_process, active_children, cpu_count,
Pipe, Queue, SimpleQueue, JoinableQueue, Pool, the locks between processes
(Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier:
synchronize.py), shared memory (Value, Array, RawValue, RawArray:
sharedctypes.py), the start-method and context functions, and the
exceptions.  Refused with NotImplementedError: Manager; forkserver raises
ValueError.
"""

import sys

from multiprocessing import context

_default_context = context._default_context

__all__ = [name for name in dir(_default_context) if not name.startswith('_')]
globals().update((name, getattr(_default_context, name)) for name in __all__)

# A child's objects are defined in __mp_main__; the parent knows that name
# too, so what a child sends back unpickles in its __main__.
if '__main__' in sys.modules:
    sys.modules.setdefault('__mp_main__', sys.modules['__main__'])
