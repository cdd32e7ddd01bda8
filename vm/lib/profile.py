"""Deterministic profiling over sys.setprofile (CPython's profile module's API).

Profile().runcall / run / runctx, or enable() ... disable(), collect for
each function (filename, firstlineno, name) the stats tuple pstats reads:
(primitive calls, calls, internal time, cumulative time, callers), callers
mapping each calling function to the same four numbers for calls from it.
A call of a function already running (recursion) is not primitive and
adds no cumulative time.  Built-ins are keyed as profile's (':0(len)');
cProfile's Profile keys them as cProfile's ('{built-in method
builtins.len}').  dump_stats writes a pickle (gilvm has no marshal), which
pstats.Stats loads.  `gilvm -m profile` (and -m cProfile) profile a
script or module run as __main__; see main().
"""

import sys
import time

__all__ = ['run', 'runctx', 'Profile']


class _Entry:
    """One running call: its key, caller's key, start and children's time."""
    __slots__ = ('key', 'caller', 'frame', 'start', 'inner')

    def __init__(self, key, caller, frame, start):
        self.key = key
        self.caller = caller
        self.frame = frame
        self.start = start
        self.inner = 0.0


def _code_key(code):
    return (code.co_filename, code.co_firstlineno, code.co_name)


class Profile:
    """Collects call counts and times of every function a run calls."""

    def __init__(self, timer=None, bias=0):
        self.timer = timer or time.perf_counter
        self.stats = {}
        self._data = {}      # key -> [cc, nc, tt, ct, {caller: [cc, nc, tt, ct]}]
        self._stack = []
        self._active = {}    # key -> calls of it now running
        self._enabled = False

    # ---- keys
    def _c_key(self, fn):
        return ('', 0, fn.__name__)

    # ---- the hook
    def _dispatch(self, frame, event, arg):
        now = self.timer()
        if event == 'call':
            if frame.f_code not in _OWN_CODES:
                self._push(_code_key(frame.f_code), frame, now)
        elif event == 'c_call':
            if frame.f_code not in _OWN_CODES:
                self._push(self._c_key(arg), None, now)
        elif event == 'return':
            self._pop_frame(frame, now)
        elif self._stack and self._stack[-1].frame is None:   # c_return, c_exception
            self._pop(now)

    def _push(self, key, frame, now):
        caller = self._stack[-1].key if self._stack else None
        self._stack.append(_Entry(key, caller, frame, now))
        self._active[key] = self._active.get(key, 0) + 1

    def _pop_frame(self, frame, now):
        for entry in self._stack:
            if entry.frame is frame:
                break
        else:
            return        # a frame that was running before the profiler started
        while self._stack:
            if self._pop(now) is frame:
                return

    def _pop(self, now):
        e = self._stack.pop()
        elapsed = now - e.start
        if self._stack:
            self._stack[-1].inner += elapsed
        self._active[e.key] -= 1
        outer = self._active[e.key] == 0
        d = self._data.get(e.key)
        if d is None:
            d = self._data[e.key] = [0, 0, 0.0, 0.0, {}]
        self._account(d, outer, elapsed - e.inner, elapsed)
        if e.caller is not None:
            c = d[4].get(e.caller)
            if c is None:
                c = d[4][e.caller] = [0, 0, 0.0, 0.0]
            self._account(c, outer, elapsed - e.inner, elapsed)
        return e.frame

    @staticmethod
    def _account(d, outer, tt, ct):
        d[1] += 1
        d[2] += tt
        if outer:
            d[0] += 1
            d[3] += ct

    # ---- the API
    def enable(self):
        self._enabled = True
        sys.setprofile(self._dispatch)

    def disable(self):
        """Stops profiling; calls still running count as ended now."""
        sys.setprofile(None)
        self._enabled = False
        now = self.timer()
        while self._stack:
            self._pop(now)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for key, (cc, nc, tt, ct, callers) in self._data.items():
            self.stats[key] = (cc, nc, tt, ct, {k: tuple(v) for k, v in callers.items()})

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import pickle
        self.create_stats()
        with open(file, 'wb') as f:
            pickle.dump(self.stats, f)

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        return self.runctx(cmd, d, d)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


# Frames of the profiler's own that the profile leaves out (disable's,
# which runs while the hook is still set).
_OWN_CODES = {Profile.disable.__code__}


def _show(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def run(statement, filename=None, sort=-1, profile_class=Profile):
    """Profile exec(statement) in __main__; print the stats or dump them to filename."""
    prof = profile_class()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    _show(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1, profile_class=Profile):
    """Profile exec(statement, globals, locals); print or dump as run()."""
    prof = profile_class()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    _show(prof, filename, sort)


def _parser(prog, sorts):
    from optparse import OptionParser
    parser = OptionParser(usage='%s [-o output_file_path] [-s sort] '
                          '[-m module | scriptfile] [arg] ...' % prog)
    parser.allow_interspersed_args = False    # the options after the script are its own
    parser.add_option('-o', '--outfile', dest='outfile', default=None,
                      help='Save stats to <outfile>')
    parser.add_option('-m', dest='module', action='store_true', default=False,
                      help='Profile a library module.')
    parser.add_option('-s', '--sort', dest='sort', default=-1, choices=sorts,
                      help='Sort order when printing to stdout, based on pstats.Stats class')
    return parser


def _target(args, as_module):
    """(code, globals) that run the script args[0], or the module, as __main__."""
    import os
    if as_module:
        import runpy
        return ("run_module(modname, run_name='__main__')",
                {'run_module': runpy.run_module, 'modname': args[0]})
    progname = args[0]
    sys.path.insert(0, os.path.dirname(progname))
    with open(progname, 'rb') as f:
        code = compile(f.read(), progname, 'exec')
    return code, {'__file__': progname, '__name__': '__main__',
                  '__package__': None, '__cached__': None}


def main(prog='profile.py', sorts=None, profile_class=Profile):
    """The command line: profile [-o file] [-s sort] [-m module | script] [arg] ...;
    sys.argv becomes the script's own, the stats go to stdout or to -o."""
    import os
    parser = _parser(prog, sorts)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    options, args = parser.parse_args()
    sys.argv[:] = args
    if not args:
        parser.print_usage()
        return parser
    # The profiled program may chdir: the output path is fixed now.
    outfile = None if options.outfile is None else os.path.abspath(options.outfile)
    code, globs = _target(args, options.module)
    try:
        runctx(code, globs, None, outfile, options.sort, profile_class)
    except BrokenPipeError as exc:
        sys.stdout = None
        sys.exit(exc.errno)
    return parser


if __name__ == '__main__':
    main()
