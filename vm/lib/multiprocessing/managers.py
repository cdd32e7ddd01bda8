"""multiprocessing's managers for gilvm: a server process that owns
ordinary objects (dict, list, Namespace, queue.Queue, threading's locks,
...) and proxies that call their methods from any process.

The server is a fork of the process that starts the manager.  It listens
on a Unix socket in a private temporary directory and serves each
connection in a thread of its own, so a call that blocks (a Lock's
acquire, a Queue's get) holds up only its caller.  A client opens one
connection per thread and per process (a forked child opens its own), so
a lock taken through a proxy belongs to the calling thread, as CPython's.
Each message is a pickle: a request (operation, object id, method, args,
kwargs) and its answer ('ok', value) or ('error', exception).

The server keeps every object it made until it shuts down (CPython counts
the proxies of each and frees it with the last).  No authentication: the
socket's directory is readable by its owner only."""

import array
import atexit
import os
import pickle
import queue
import shutil
import socket
import sys
import tempfile
import threading
import traceback

from multiprocessing import connection

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Namespace', 'Value', 'RemoteError',
           'SharedMemoryManager']


class RemoteError(Exception):
    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = ('%s=%r' % kv for kv in self.__dict__.items() if not kv[0].startswith('_'))
        return 'Namespace(%s)' % ', '.join(sorted(items))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


# ---- the server

def _public(obj):
    return [name for name in dir(obj) if not name.startswith('_') and callable(getattr(obj, name))]


def _portable(result):
    """Results that cannot cross as they are cross as lists (dict views,
    iterators), as CPython's proxies return them."""
    if isinstance(result, (type({}.keys()), type({}.values()), type({}.items()))) or \
            (hasattr(result, '__next__') and hasattr(result, '__iter__')):
        return list(result)
    return result


class _Server:
    def __init__(self, registry, listener):
        self.registry = registry
        self.listener = listener
        self.objects = {}
        self.next_id = 0
        self.lock = threading.Lock()

    def serve(self):
        while True:
            conn, _ = self.listener.accept()
            threading.Thread(target=self.serve_client, args=(conn,), daemon=True).start()

    def serve_client(self, conn):
        fd = conn.fileno()
        while True:
            try:
                request = pickle.loads(connection.recv_message(fd))
            except (EOFError, OSError):
                conn.close()
                return
            try:
                answer = ('ok', self.handle(*request))
            except BaseException as e:
                answer = ('error', e)
            try:
                data = pickle.dumps(answer)
            except Exception:
                text = ''.join(traceback.format_exception(type(answer[1]), answer[1], None)) \
                    if answer[0] == 'error' else 'unpicklable result %r\n' % (answer[1],)
                data = pickle.dumps(('error', RemoteError(text)))
            connection.send_message(fd, data)

    def handle(self, op, ident, name, args, kwargs):
        if op == 'create':
            obj = self.registry[name](*args, **kwargs)
            with self.lock:
                self.next_id += 1
                self.objects[self.next_id] = obj
                return self.next_id, _public(obj)
        if op == 'call':
            return _portable(getattr(self.objects[ident], name)(*args, **kwargs))
        if op == 'copy':
            return self.objects[ident]
        if op == 'shutdown':
            _server_exit()
        raise ValueError('unknown request %r' % (op,))


# ---- the client side

_local = threading.local()


def _request(address, *request):
    """One request over this thread's connection to address."""
    conns = getattr(_local, 'conns', None)
    if conns is None or _local.pid != os.getpid():
        conns = _local.conns = {}       # a forked child opens its own
        _local.pid = os.getpid()
    sock = conns.get(address)
    if sock is None:
        sock = conns[address] = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(address)
    connection.send_message(sock.fileno(), pickle.dumps(request))
    kind, value = pickle.loads(connection.recv_message(sock.fileno()))
    if kind == 'error':
        raise value
    return value


class BaseProxy:
    """Calls the methods of one object of a manager's server."""

    def __init__(self, address, ident, typeid, exposed):
        object.__setattr__(self, '_address', address)
        object.__setattr__(self, '_id', ident)
        object.__setattr__(self, '_typeid', typeid)
        object.__setattr__(self, '_exposed_', tuple(exposed))

    def _callmethod(self, name, args=(), kwds={}):
        return _request(self._address, 'call', self._id, name, tuple(args), dict(kwds))

    def _getvalue(self):
        """A copy of the object, made here."""
        return _request(self._address, 'copy', self._id, None, (), {})

    def __reduce__(self):
        cls = None if getattr(type(self), '_auto', False) else type(self)
        return (_rebuild_proxy, (cls, self._address, self._id, self._typeid, self._exposed_))

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod('__repr__')
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _rebuild_proxy(cls, address, ident, typeid, exposed):
    if cls is None:
        cls = _auto_proxy(typeid, exposed)
    return cls(address, ident, typeid, exposed)


def _forward(name):
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = method.__qualname__ = name
    return method


def _proxy_type(name, exposed, base=BaseProxy):
    return type(name, (base,), {m: _forward(m) for m in exposed})


def _auto_proxy(typeid, exposed):
    """The proxy of a type registered without one: its public methods."""
    cls = _proxy_type('AutoProxy[%s]' % typeid, exposed)
    cls._auto = True
    return cls


_DICT = ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__', 'clear',
         'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values')
_LIST = ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
         '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend', 'index',
         'insert', 'pop', 'remove', 'reverse', 'sort')


class _Iterable(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('__iter__'))


class _Acquirer(BaseProxy):
    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, *exc):
        return self._callmethod('release')


DictProxy = _proxy_type('DictProxy', _DICT, _Iterable)
ListProxy = _proxy_type('ListProxy', _LIST, _Iterable)


def _list_iadd(self, other):
    self._callmethod('extend', (other,))
    return self


def _list_imul(self, n):
    self._callmethod('__imul__', (n,))
    return self


ListProxy.__iadd__ = _list_iadd
ListProxy.__imul__ = _list_imul
AcquirerProxy = _proxy_type('AcquirerProxy', ('acquire', 'release'), _Acquirer)
EventProxy = _proxy_type('EventProxy', ('is_set', 'set', 'clear', 'wait'))
ArrayProxy = _proxy_type('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class ConditionProxy(_proxy_type('_Condition', ('acquire', 'release', 'wait', 'notify',
                                                'notify_all'), _Acquirer)):
    # Evaluated here: the predicate is this process's function.
    wait_for = threading.Condition.wait_for


class BarrierProxy(_proxy_type('_Barrier', ('wait', 'abort', 'reset'))):
    parties = property(lambda self: self._callmethod('__getattribute__', ('parties',)))
    n_waiting = property(lambda self: self._callmethod('__getattribute__', ('n_waiting',)))
    broken = property(lambda self: self._callmethod('__getattribute__', ('broken',)))


class NamespaceProxy(BaseProxy):
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        return self._callmethod('__getattribute__', (name,))

    def __setattr__(self, name, value):
        if name.startswith('_'):
            return object.__setattr__(self, name, value)
        return self._callmethod('__setattr__', (name, value))

    def __delattr__(self, name):
        if name.startswith('_'):
            return object.__delattr__(self, name)
        return self._callmethod('__delattr__', (name,))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod('get')

    def set(self, value):
        return self._callmethod('set', (value,))

    value = property(get, set)


def _array(typecode, sequence, lock=True):
    return array.array(typecode, sequence)


# ---- managers

class BaseManager:
    """A server process and what it can make: register(typeid, callable)
    adds a `typeid` method that makes one there and returns its proxy."""
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None):
        if address is not None:
            raise NotImplementedError("gilvm: a manager listens on its own Unix socket; "
                                      "connecting to an address is not supported")
        self._pid = None
        self._dir = None
        self.address = None

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = (callable, proxytype, exposed)
        if create_method:
            def create(self, *args, **kwds):
                return self._create(typeid, args, kwds)
            create.__name__ = create.__qualname__ = typeid
            setattr(cls, typeid, create)

    def start(self, initializer=None, initargs=()):
        if self._pid is not None:
            raise ValueError('Already started server')
        self._dir = tempfile.mkdtemp(prefix='gilvm-manager-')
        self.address = os.path.join(self._dir, 'socket')
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self.address)
        listener.listen(64)
        alive_r, self._alive_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.close(self._alive_w)
            self._serve(listener, alive_r, initializer, initargs)
        os.close(alive_r)
        listener.close()
        self._pid = pid
        self._owner = os.getpid()
        atexit.register(self.shutdown)

    def _serve(self, listener, alive_r, initializer, initargs):
        try:
            threading.Thread(target=_exit_with_owner, args=(alive_r,), daemon=True).start()
            if initializer is not None:
                initializer(*initargs)
            makers = {t: entry[0] for t, entry in self._registry.items()}
            _Server(makers, listener).serve()
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(1)      # serve() returns only by an error; shutdown exits 0

    def _create(self, typeid, args, kwds):
        if self._pid is None:       # CPython asserts it
            raise AssertionError('server not yet started')
        ident, public = _request(self.address, 'create', None, typeid, args, kwds)
        _, proxytype, exposed = self._registry[typeid]
        if proxytype is None:
            proxytype = _auto_proxy(typeid, exposed or public)
        return proxytype(self.address, ident, typeid, exposed or public)

    def shutdown(self):
        if self._pid is None or os.getpid() != self._owner:
            return
        pid, self._pid = self._pid, None
        try:
            _request(self.address, 'shutdown', None, None, (), {})
        except (EOFError, OSError):
            pass                    # it exits without answering
        os.waitpid(pid, 0)
        os.close(self._alive_w)
        shutil.rmtree(self._dir, ignore_errors=True)

    def join(self, timeout=None):
        pass                        # shutdown() waits for the server

    def __enter__(self):
        if self._pid is None:
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()


def _exit_with_owner(alive_r):
    """The server's watch: the pipe reads EOF once the process that
    started it and every child it forked have gone."""
    while os.read(alive_r, 1):
        pass
    _server_exit()


# What the server process does before it exits, however it is told to
# (shutdown, or its owner gone): a SharedMemoryManager's unlinking.
_server_cleanups = []


def _server_exit():
    for cleanup in _server_cleanups:
        try:
            cleanup()
        except Exception:
            traceback.print_exc()
    os._exit(0)


class SyncManager(BaseManager):
    pass


for _typeid, _make, _proxy in (
        ('dict', dict, DictProxy), ('list', list, ListProxy), ('Namespace', Namespace,
                                                               NamespaceProxy),
        ('Value', Value, ValueProxy), ('Array', _array, ArrayProxy),
        ('Queue', queue.Queue, None), ('JoinableQueue', queue.Queue, None),
        ('Lock', threading.Lock, AcquirerProxy), ('RLock', threading.RLock, AcquirerProxy),
        ('Semaphore', threading.Semaphore, AcquirerProxy),
        ('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy),
        ('Condition', threading.Condition, ConditionProxy),
        ('Event', threading.Event, EventProxy), ('Barrier', threading.Barrier, BarrierProxy)):
    SyncManager.register(_typeid, _make, _proxy)


class _SegmentTracker:
    """In a SharedMemoryManager's server: the names of the blocks its
    clients made, unlinked when the server ends."""

    def __init__(self):
        self.names = set()
        _server_cleanups.append(self.unlink_all)

    def track(self, name):
        self.names.add(name)

    def unlink_all(self):
        from multiprocessing import shared_memory
        for name in sorted(self.names):
            try:
                shared_memory.SharedMemory(name).unlink()
            except FileNotFoundError:
                pass            # a client unlinked it already
        self.names.clear()


class SharedMemoryManager(BaseManager):
    """A manager whose SharedMemory and ShareableList blocks are unlinked
    when it shuts down (or when its server sees its owner gone)."""

    def start(self, initializer=None, initargs=()):
        super().start(initializer, initargs)
        self._tracker = self._create('_SegmentTracker', (), {})

    def _tracked(self, block):
        self._tracker.track(block.name)
        return block

    def SharedMemory(self, size):
        """A new block of size bytes."""
        from multiprocessing import shared_memory
        if self._pid is None:
            raise AssertionError('server not yet started')
        return self._tracked(shared_memory.SharedMemory(None, create=True, size=size))

    def ShareableList(self, sequence):
        """A new ShareableList of sequence's items."""
        from multiprocessing import shared_memory
        if self._pid is None:
            raise AssertionError('server not yet started')
        sl = shared_memory.ShareableList(sequence)
        self._tracked(sl.shm)
        return sl


SharedMemoryManager.register('_SegmentTracker', _SegmentTracker, create_method=False)
