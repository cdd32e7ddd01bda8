"""timeit for gilvm: time small pieces of code, as CPython's timeit.

A Timer turns stmt and setup (source strings, or callables) into one
function: setup runs once, then stmt `number` times between two readings
of the timer (time.perf_counter).  The collector is off while it runs, so
a collection does not land inside the measurement.  `gilvm -m timeit`
is the command line: see _USAGE."""

import gc
import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indent(src, spaces):
    return src.replace('\n', '\n' + ' ' * spaces)


class Timer:
    """Times stmt after setup; each may be a source string or a callable."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, 'exec')   # a SyntaxError names the piece at fault
            stmtprefix = setup + '\n'
            setup = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, 'exec')
            stmt = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        self.src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        code = compile(self.src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Print the exception being handled (from timeit or repeat)."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number runs of stmt (setup once before)."""
        it = range(number)
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gc_was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number) repeat times: the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ...
        taking at least 0.2 s; callback(number, seconds) after each try."""
        i = 1
        while True:
            for j in (1, 2, 5):
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return number, time_taken
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """usage: gilvm -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [statement ...]

Times the statement (its arguments joined by newlines; default 'pass').

  -n N, --number=N   run the statement N times per timing (default: the first
                     of 1, 2, 5, 10, 20, 50, ... that takes at least 0.2 s)
  -r N, --repeat=N   take N timings (default %d) and report the best
  -s S, --setup=S    run S once before each timing (may be given again)
  -p, --process      time CPU time of the process, not wall time
  -u U, --unit=U     report in U: nsec, usec, msec or sec
  -v, --verbose      print every timing; given twice, one digit more
  -h, --help         print this text and exit
""" % default_repeat

_UNITS = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}


def _format_time(seconds, unit, precision):
    """seconds in unit, or in the largest unit it reaches when unit is None."""
    if unit is None:
        unit = 'nsec'
        for name, scale in sorted(_UNITS.items(), key=lambda kv: kv[1]):
            if seconds >= scale:
                unit = name
    return '%.*g %s' % (precision, seconds / _UNITS[unit], unit)


class _Options:
    """The command line, read: None in .exit_code when the run goes ahead."""

    def __init__(self, argv):
        import getopt
        self.timer, self.number, self.repeat = default_timer, 0, default_repeat
        self.setup, self.verbose, self.unit, self.precision = [], 0, None, 3
        self.exit_code = None
        try:
            opts, args = getopt.getopt(argv, 'n:u:s:r:tcpvh',
                                       ['number=', 'setup=', 'repeat=', 'time', 'clock',
                                        'process', 'verbose', 'unit=', 'help'])
        except getopt.error as err:
            print(err)
            print('use -h/--help for command line help')
            self.exit_code = 2
            return
        self.stmt = '\n'.join(args) or 'pass'
        for opt, value in opts:
            self._take(opt, value)
            if self.exit_code is not None:
                return
        self.setup = '\n'.join(self.setup) or 'pass'

    def _take(self, opt, value):
        # -t and -c (the old wall/CPU clock choices) are accepted and ignored, as in 3.8.
        if opt in ('-n', '--number'):
            self.number = int(value)
        elif opt in ('-s', '--setup'):
            self.setup.append(value)
        elif opt in ('-u', '--unit'):
            if value not in _UNITS:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                self.exit_code = 2
            else:
                self.unit = value
        elif opt in ('-r', '--repeat'):
            self.repeat = max(int(value), 1)
        elif opt in ('-p', '--process'):
            self.timer = time.process_time
        elif opt in ('-v', '--verbose'):
            self.precision += 1 if self.verbose else 0
            self.verbose += 1
        elif opt in ('-h', '--help'):
            print(_USAGE, end=' ')
            self.exit_code = 0


def _autorange(timer, o):
    def report(number, seconds):
        print('%d loop%s -> %.*g secs' % (number, 's' if number != 1 else '',
                                           o.precision, seconds))
    number, _ = timer.autorange(report if o.verbose else None)
    if o.verbose:
        print()
    return number


def _report(raw, number, o):
    def fmt(seconds):
        return _format_time(seconds, o.unit, o.precision)
    if o.verbose:
        print('raw times: %s' % ', '.join(map(fmt, raw)))
        print()
    per_loop = [t / number for t in raw]
    best, worst = min(per_loop), max(per_loop)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', o.repeat, fmt(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit('The test results are likely unreliable. The worst time (%s) '
                               'was more than four times slower than the best time (%s).'
                               % (fmt(worst), fmt(best)), UserWarning, '', 0)


def main(args=None):
    """The command line: an exit status (None for success).  A statement
    that fails while timed prints its traceback and gives 1; one that does
    not compile raises, as in CPython."""
    o = _Options(sys.argv[1:] if args is None else args)
    if o.exit_code is not None:
        return o.exit_code
    import os
    sys.path.insert(0, os.curdir)
    t = Timer(o.stmt, o.setup, o.timer)
    try:
        number = o.number or _autorange(t, o)
        raw = t.repeat(o.repeat, number)
    except:  # noqa: E722 -- any failure of the timed code is the user's to read
        t.print_exc()
        return 1
    _report(raw, number, o)
    return None


if __name__ == '__main__':
    sys.exit(main())
