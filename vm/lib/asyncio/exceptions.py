"""asyncio's exceptions.  CancelledError is a BaseException, as in 3.8+, so
a bare `except Exception` in a task does not swallow its cancellation;
TimeoutError is the builtin one, as in 3.11."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while a task waited on it."""


class InvalidStateError(Exception):
    """A future's result or exception was set twice, or read too early."""


class IncompleteReadError(EOFError):
    """readexactly() met end of stream before it had `expected` bytes."""

    def __init__(self, partial, expected):
        super().__init__('{} bytes read on a total of {} expected bytes'
                         .format(len(partial), expected))
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """A separator was not found within the reader's buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed
