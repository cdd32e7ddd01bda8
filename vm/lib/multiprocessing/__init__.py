"""multiprocessing for gilvm: processes that run Python functions, with the
spawn start method (CPython's: each child a fresh interpreter that imports
the main script as __mp_main__; see spawn.py), the default, and fork (the
child is an os.fork of the parent; popen_fork.py).  Objects travel as
pickles over pipes.

Here: Process, current_process, parent_process, active_children, cpu_count,
Pipe, Queue, SimpleQueue, Pool, the start-method and context functions, and
the exceptions.  Refused with NotImplementedError: shared memory (Value,
Array), Manager, JoinableQueue and the locks between processes (Lock,
Semaphore, Event, ...); forkserver raises ValueError.
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
