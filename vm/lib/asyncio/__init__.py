"""asyncio for gilvm: a single-threaded event loop over selectors, with
futures, tasks, task groups and timeouts, synchronisation primitives,
queues, TCP and pipe
transports and protocols, streams over them, and child processes.

The loop runs coroutines on one thread; blocking work goes to threads with
loop.run_in_executor or to_thread, and other threads hand callbacks back
with loop.call_soon_threadsafe."""

from .exceptions import *
from .coroutines import *
from .events import *
from .futures import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .runners import *
from .locks import *
from .queues import *
from .protocols import *
from .transports import *
from .selector_events import *
from .streams import *
from .subprocess import *
from .base_events import *

from . import (exceptions, coroutines, events, futures, tasks, taskgroups, timeouts, runners,
               locks, queues, protocols, transports, selector_events, streams, subprocess,
               unix_events, base_events)

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__ + futures.__all__ +
           tasks.__all__ + taskgroups.__all__ + timeouts.__all__ + runners.__all__ +
           locks.__all__ + queues.__all__ + protocols.__all__ + transports.__all__ +
           selector_events.__all__ + streams.__all__ + subprocess.__all__ + base_events.__all__)
