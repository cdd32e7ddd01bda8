"""selectors for gilvm: CPython's high-level I/O multiplexing, written in
Python over the C `select` module (select.select, select.poll, select.epoll).

A selector keeps one SelectorKey per registered file descriptor; select()
waits (releasing the GIL, as the C calls do) and gives back the keys whose
files are ready with the events that fired among those asked for.
DefaultSelector is the best the platform offers: epoll, else poll, else
select.  Messages and error types are python3's."""

import math
import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector',
           'SelectSelector', 'DefaultSelector']

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_ALL_EVENTS = EVENT_READ | EVENT_WRITE

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """What a selector knows of one registered file object."""


def _fileobj_to_fd(fileobj):
    """The descriptor of an int or of an object with fileno()."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError("Invalid file object: {!r}".format(fileobj)) from None
    if fd < 0:
        raise ValueError("Invalid file descriptor: {}".format(fd))
    return fd


class _SelectorMapping(Mapping):
    """The read-only file object -> key view get_map() gives."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        fd = self._selector._fileobj_lookup(fileobj)
        try:
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """What every selector offers; subclasses say how to register and wait."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Watch fileobj for events (EVENT_READ and/or EVENT_WRITE)."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj; its key is returned."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change what fileobj is watched for, or the data it carries."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """The (key, events) pairs ready within timeout seconds (None: wait)."""
        raise NotImplementedError

    def close(self):
        """Forget every registration and free what the selector holds."""

    def get_key(self, fileobj):
        """The key fileobj was registered with; KeyError if none."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    @abstractmethod
    def get_map(self):
        """A read-only mapping of file objects to keys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping of keys by descriptor, shared by the real selectors."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A socket closed since it was registered has no descriptor any more,
        # yet it must still be unregistrable: find it among the keys.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError("Invalid events: {!r}".format(events))
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError("{!r} (FD {}) is already registered".format(fileobj, key.fd))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError("{!r} is not registered".format(fileobj)) from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _ready(self, fd, events):
        """The (key, events) pair for a descriptor the OS reported, or None
        when it was unregistered meanwhile."""
        key = self._fd_to_key.get(fd)
        if key is None:
            return None
        return key, events & key.events


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        try:
            r, w, _ = select.select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return []
        r, w = set(r), set(w)
        ready = []
        for fd in r | w:
            pair = self._ready(fd, (fd in r and EVENT_READ) | (fd in w and EVENT_WRITE))
            if pair:
                ready.append(pair)
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """A selector over a poll-style object: one registration per descriptor,
    event masks translated both ways."""

    _EVENT_READ = _EVENT_WRITE = 0

    def _new_poller(self):
        raise NotImplementedError

    def __init__(self):
        super().__init__()
        self._selector = self._new_poller()

    def _mask(self, events):
        return ((events & EVENT_READ and self._EVENT_READ)
                | (events & EVENT_WRITE and self._EVENT_WRITE))

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._mask(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            # the descriptor may be closed already: the key is gone either way
            pass
        return key

    def _poll(self, timeout):
        raise NotImplementedError

    def select(self, timeout=None):
        try:
            fd_events = self._poll(timeout)
        except InterruptedError:
            return []
        ready = []
        for fd, mask in fd_events:
            # anything beyond "readable" (HUP, ERR) wakes a writer, and
            # anything beyond "writable" wakes a reader, as python3 does
            events = ((mask & ~self._EVENT_READ and EVENT_WRITE)
                      | (mask & ~self._EVENT_WRITE and EVENT_READ))
            pair = self._ready(fd, events)
            if pair:
                ready.append(pair)
        return ready


if hasattr(select, 'poll'):
    class PollSelector(_PollLikeSelector):
        """A selector over select.poll()."""

        _EVENT_READ = select.POLLIN
        _EVENT_WRITE = select.POLLOUT

        def _new_poller(self):
            return select.poll()

        def _poll(self, timeout):
            # poll takes milliseconds; round up so a short wait still waits
            if timeout is not None:
                timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3)
            return self._selector.poll(timeout)

    __all__.append('PollSelector')


if hasattr(select, 'epoll'):
    class EpollSelector(_PollLikeSelector):
        """A selector over select.epoll()."""

        _EVENT_READ = select.EPOLLIN
        _EVENT_WRITE = select.EPOLLOUT

        def _new_poller(self):
            return select.epoll()

        def fileno(self):
            return self._selector.fileno()

        def _poll(self, timeout):
            # epoll takes seconds but counts whole milliseconds: round up
            if timeout is None:
                timeout = -1
            elif timeout <= 0:
                timeout = 0
            else:
                timeout = math.ceil(timeout * 1e3) * 1e-3
            return self._selector.poll(timeout, max(len(self._fd_to_key), 1))

        def close(self):
            self._selector.close()
            super().close()

    __all__.append('EpollSelector')


if 'EpollSelector' in globals():
    DefaultSelector = EpollSelector
elif 'PollSelector' in globals():
    DefaultSelector = PollSelector
else:
    DefaultSelector = SelectSelector
