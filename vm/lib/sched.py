"""sched for gilvm: a general-purpose event scheduler, as python3's.

A scheduler keeps events in a heap ordered by (time, priority, sequence):
the sequence number, counting up as events are entered, runs events of
equal time and priority in the order they were entered.  Time is whatever
timefunc returns and delayfunc(n) waits n of those units, so a simulation
can pass its own clock.  The heap is guarded by a lock, so other threads
may enter and cancel events while run() is going; the actions themselves
run outside the lock, free to enter more events."""

import heapq
import itertools
import threading
import time as _time
from collections import namedtuple

__all__ = ['scheduler']

Event = namedtuple('Event', 'time priority sequence action argument kwargs')
Event.__doc__ = """One scheduled call: action(*argument, **kwargs) at time;
lower priority first among events at the same time."""

# kwargs' default: a dict would be shared by every event entered without one
_NO_KWARGS = object()


class scheduler:
    """Events to run at given times, in time order."""

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        self._queue = []
        self._lock = threading.RLock()
        self._sequence = itertools.count()
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at the given time; the
        Event returned is what cancel() takes."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Take an event off the queue; ValueError if it is not there."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as their times come, waiting with delayfunc,
        until the queue is empty.  With blocking false, run those already
        due and return how long until the next one (None if none is left).

        delayfunc(0) follows each action, so a delayfunc that sleeps lets
        other threads in between events.  An exception from an action
        leaves the events after it on the queue."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                event = self._queue[0]
                now = self.timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(self._queue)
            if not due:
                if not blocking:
                    return event.time - now
                self.delayfunc(event.time - now)
                continue
            event.action(*event.argument, **event.kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they would run."""
        with self._lock:
            return sorted(self._queue)
