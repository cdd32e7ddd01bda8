"""TaskGroup (3.11): structured concurrency for the tasks of one block.

`async with TaskGroup() as tg:` runs tasks made by tg.create_task and does
not leave the block until every one has finished.  The first task that
fails (with anything but CancelledError) cancels the others and the task
running the block; once all have stopped, the failures leave together as
an ExceptionGroup (a BaseExceptionGroup when one is not an Exception).
KeyboardInterrupt and SystemExit are not grouped: the first one is raised
as it is.

The group cancels its parent task to interrupt the block's own await, and
takes that request back with uncancel() on the way out, so a cancellation
that came from outside still propagates."""

from . import events, tasks
from .exceptions import CancelledError

__all__ = ('TaskGroup',)


def _is_fatal(exc):
    """An error that is raised alone, never wrapped in a group."""
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """An async context manager that owns the tasks it creates."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False   # we cancelled the parent: uncancel on exit
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._all_done = None   # a future the exit waits on until _tasks is empty

    def __repr__(self):
        words = []
        if self._tasks:
            words.append('tasks={}'.format(len(self._tasks)))
        if self._errors:
            words.append('errors={}'.format(len(self._errors)))
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup{}>'.format(''.join(' ' + w for w in words))

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup {!r} has already been entered'.format(self))
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError('TaskGroup {!r} cannot determine the parent task'.format(self))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        # The block's own CancelledError goes on out unless it was only ours.
        cancelled = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancelled = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as again:
                # Cancelled while waiting: stop the children, then go on waiting.
                if not self._aborting:
                    cancelled = again
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancelled is not None and not self._errors:
            raise cancelled
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """A task running coro as a member of this group."""
        if not self._entered:
            raise RuntimeError('TaskGroup {!r} has not been entered'.format(self))
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup {!r} is finished'.format(self))
        if self._aborting:
            raise RuntimeError('TaskGroup {!r} is shutting down'.format(self))
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _is_fatal(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': 'Task {!r} has errored out but its parent task {} is already '
                           'completed'.format(task, self._parent_task),
                'exception': exc, 'task': task})
            return
        if not self._aborting and not self._parent_cancel_requested:
            # Interrupt whatever the block awaits now; __aexit__ takes the
            # cancellation back.
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
