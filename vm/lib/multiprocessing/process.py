"""multiprocessing.Process for gilvm: a child interpreter started by spawn
(spawn.py) or a fork of this one (popen_fork.py), as the start method of
the Process's class says (Process itself: the package's default context's,
read at start()).  Either way join() and the exit code are a Popen's wait
and returncode (a negative number: the signal that ended it).

Names follow CPython's: Process-1, Process-2, ... in the main process, and
Process-1:1, ... in a child, numbered by each process's own counter.  At
exit a process terminates its daemonic children and joins the others."""

import atexit
import itertools
import os
import signal
import subprocess
import sys
import traceback

from multiprocessing import spawn

__all__ = ['BaseProcess', 'Process', 'current_process', 'parent_process', 'active_children']


class BaseProcess:
    _start_method = None     # None: the default context's, when started

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        me = _current_process
        self._identity = me._identity + (next(me._counter),)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._daemonic = me._daemonic if daemon is None else daemon
        self._popen = None
        self._counter = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        assert self._popen is None, 'cannot start a process twice'
        assert _current_process._identity == self._identity[:-1], \
            'can only start a process object created by current process'
        assert not _current_process._daemonic, 'daemonic processes are not allowed to have children'
        _reap()
        parent = (_current_process.name, os.getpid())
        if self._start_method_now() == 'fork':
            from multiprocessing import popen_fork
            self._popen = popen_fork.Popen(self, parent)
        else:
            spawn.check_not_importing_main()
            self._popen = spawn.start_child(self, parent)
        _children.add(self)

    def _start_method_now(self):
        if self._start_method is not None:
            return self._start_method
        from multiprocessing import context
        return context._default_context.get_start_method()

    def __getstate__(self):
        state = dict(self.__dict__)
        state['_popen'] = None
        return state

    def join(self, timeout=None):
        assert self._popen is not None, 'can only join a started process'
        try:
            self._popen.wait(timeout)
        except subprocess.TimeoutExpired:
            return
        _children.discard(self)

    def is_alive(self):
        if self is _current_process:
            return True
        if self._popen is None:
            return False
        return self._popen.poll() is None

    def _signal(self, signum):
        if self._popen is not None and self._popen.poll() is None:
            os.kill(self._popen.pid, signum)

    def terminate(self):
        self._signal(signal.SIGTERM)

    def kill(self):
        self._signal(signal.SIGKILL)

    def close(self):
        if self._popen is not None and self._popen.poll() is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")
        self._popen = None

    @property
    def exitcode(self):
        return None if self._popen is None else self._popen.poll()

    @property
    def pid(self):
        return os.getpid() if self is _current_process else getattr(self._popen, 'pid', None)

    ident = pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._daemonic = daemonic

    def __repr__(self):
        if self is _current_process:
            status = 'started'
        elif self._popen is None:
            status = 'initial'
        else:
            code = self._popen.poll()
            status = 'started' if code is None else 'stopped exitcode=%s' % code
        return '<%s name=%r %s%s>' % (type(self).__name__, self._name,
                                      status, ' daemon' if self._daemonic else '')

    def _bootstrap(self):
        """Runs in the child: run(), and the exit code CPython's child gives."""
        global _current_process
        _current_process = self
        self._counter = itertools.count(1)
        try:
            self.run()
            code = 0
        except SystemExit as e:
            code = _exit_code(e.code)
        except BaseException:
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
            code = 1
        finally:
            _exit_children()
            sys.stdout.flush()
            sys.stderr.flush()
        return code


def _exit_code(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(str(code) + '\n')
    return 1


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._daemonic = False
        self._popen = None
        self._counter = itertools.count(1)


class _ParentProcess:
    """What parent_process() says in a child: the parent's name and pid."""

    def __init__(self, name, pid):
        self.name = name
        self.pid = self.ident = pid

    def is_alive(self):
        return os.getppid() == self.pid

    def __repr__(self):
        return '<_ParentProcess name=%r parent=%d started>' % (self.name, self.pid)


_current_process = _MainProcess()
_parent_process = None
_children = set()


def become_child(parent):
    """In a new child (spawned or forked): its parent, and no children yet."""
    global _parent_process
    _parent_process = _ParentProcess(*parent)
    _children.clear()


def current_process():
    return _current_process


def parent_process():
    return _parent_process


def _reap():
    for p in list(_children):
        if p._popen is None or p._popen.poll() is not None:
            _children.discard(p)


def active_children():
    _reap()
    return list(_children)


def _exit_children():
    """CPython's exit: daemonic children terminated, then every child joined."""
    for p in active_children():
        if p.daemon:
            p.terminate()
    for p in active_children():
        p.join()
    _children.clear()


atexit.register(_exit_children)
