"""The fork start method: the child is an os.fork of the parent, which runs
the Process's _bootstrap and leaves by os._exit with its exit code, so
none of the parent's exit work (atexit, buffered output, threads to join)
runs twice.  Nothing is pickled: the child has the parent's objects and
every descriptor, as CPython's fork children do.

Popen is what Process needs of subprocess.Popen: pid, returncode, poll()
and wait(timeout), which raises subprocess.TimeoutExpired.  wait with a
timeout polls waitpid(WNOHANG) with growing sleeps (at most 50 ms), since
fork gives no descriptor to wait on."""

import os
import subprocess
import sys
import time

__all__ = ['Popen']


class Popen:
    def __init__(self, process_obj, parent):
        # What was printed before the fork is the parent's to write.
        sys.stdout.flush()
        sys.stderr.flush()
        self.returncode = None
        self.pid = os.fork()
        if self.pid == 0:
            code = 1
            try:
                _become(parent)
                code = process_obj._bootstrap()
            finally:
                os._exit(code)

    def poll(self, flag=os.WNOHANG):
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, flag)
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout=None):
        if timeout is None:
            return self.poll(0)
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise subprocess.TimeoutExpired(['fork'], timeout)
            time.sleep(min(delay, left))
            delay = min(delay * 2, 0.05)
        return self.returncode


def _become(parent):
    """CPython's child: its parent recorded, stdin on /dev/null; and, as a
    spawned child, without the parent's measuring and tracing variables, so
    that a program it runs cannot write over the parent's record."""
    from multiprocessing import process
    process.become_child(parent)
    for name in getattr(sys, '_gilvm_parent_env', ()):
        os.environ.pop(name, None)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
