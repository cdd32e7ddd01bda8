"""subprocess for gilvm: CPython's Popen, run, call, check_call,
check_output over the `_posixsubprocess` C module.

_posixsubprocess.fork_exec starts the program (fork, then only
async-signal-safe calls in the child: the descriptors, cwd, execve; a failed
exec comes back as the OSError CPython raises, e.g. FileNotFoundError naming
the program).  _posixsubprocess.communicate moves the data of every pipe at
once with poll() and the GIL released, so a child that fills its stderr
while the parent feeds its stdin never deadlocks.  Every wait releases the
GIL and stops for Ctrl-C on the main thread.

pass_fds keeps those descriptors open (and inheritable) in the child; every
other descriptor above 2 is closed there, unless close_fds=False.
start_new_session makes the child a session leader.  preexec_fn runs in the
child (then a full fork of the VM, as os.fork) before exec; if it raises,
Popen raises SubprocessError.  Not supported (ValueError says so): bytes or
PathLike arguments other than str.
"""

from types import GenericAlias as _GenericAlias
import os
import sys
import time
import _posixsubprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGKILL = 9
_SIGTERM = 15
_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT',
                 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV',
                 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# Both errors call what the child printed `output`, and `stdout` too.
_OUTPUT_ALIAS = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    """A process run by check_call, check_output or run(check=True) exited
    with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            if sig in _SIGNAL_NAMES:
                return "Command '%s' died with <Signals.%s: %d>." % (
                    self.cmd, _SIGNAL_NAMES[sig], sig)
            return "Command '%s' died with unknown signal %d." % (self.cmd, sig)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _OUTPUT_ALIAS


class TimeoutExpired(SubprocessError):
    """The timeout passed before the child process ended."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _OUTPUT_ALIAS


class CompletedProcess:
    """What run() returns: args, returncode, stdout, stderr."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _text(data):
    """Bytes read from a text-mode pipe as str, with universal newlines."""
    return data.decode().replace('\r\n', '\n').replace('\r', '\n')


def _argv(args, shell):
    if isinstance(args, str):
        args = [args]
    else:
        args = list(args)
    if shell:
        args = ['/bin/sh', '-c'] + args
    for a in args:
        if not isinstance(a, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s'
                            % type(a).__name__)
    return args


def _envlist(env):
    if env is None:
        return None
    out = []
    for k, v in env.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s'
                            % type(v if isinstance(k, str) else k).__name__)
        if '=' in k:
            raise ValueError('illegal environment variable name')
        out.append(k + '=' + v)
    return out


def _candidates(program, env):
    """Where execve looks for program: itself if it names a folder, else each
    folder of PATH (env's, when given), as CPython's child does."""
    if os.path.dirname(program):
        return [program]
    return [os.path.join(d, program) for d in os.get_exec_path(env)]


# Children whose Popen was dropped before they ended: reaped by the next
# Popen, as CPython does, so they do not stay zombies (nor turn up in an
# os.wait() of the program's own).
_active = []


def _cleanup():
    for pid in _active[:]:
        try:
            done = os.waitpid(pid, os.WNOHANG)[0] == pid
        except ChildProcessError:
            done = True
        if done:
            _active.remove(pid)


class Popen:
    """Runs a program in a new process (see the module's docstring)."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(),
                 encoding=None, errors=None, text=None):
        if text is not None and universal_newlines is not None and \
                bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and '
                                  'universal_newlines are supplied but different. Pass '
                                  'one or the other.')
        _cleanup()
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._comm = None
        argv = _argv(args, shell)
        program = executable if executable is not None else argv[0]
        if shell and executable is not None:
            argv[0] = executable
        if cwd is not None:
            cwd = os.fspath(cwd)
        if pass_fds and not close_fds:
            import warnings
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        env_list = _envlist(env)
        made = []       # descriptors opened here, all closed on failure
        child = []      # the child's ends, closed here once it has them
        try:
            p2cwrite, p2cread = self._handle(stdin, False, made, child)
            c2pread, c2pwrite = self._handle(stdout, True, made, child)
            if stderr == STDOUT:
                errread, errwrite = -1, c2pwrite if c2pwrite != -1 else 1
            else:
                errread, errwrite = self._handle(stderr, True, made, child)
            self.pid = _posixsubprocess.fork_exec(
                argv, program, _candidates(program, env), env_list, cwd,
                p2cread, c2pwrite, errwrite, tuple(sorted(set(pass_fds))), close_fds,
                start_new_session, preexec_fn)
            if self.pid < 0:
                raise SubprocessError('Exception occurred in preexec_fn.')
        except BaseException:
            for fd in made:
                os.close(fd)
            raise
        for fd in child:
            os.close(fd)
        if p2cwrite != -1:
            self.stdin = open(p2cwrite, 'w' if self.text_mode else 'wb')
        if c2pread != -1:
            self.stdout = open(c2pread, 'r' if self.text_mode else 'rb')
        if errread != -1:
            self.stderr = open(errread, 'r' if self.text_mode else 'rb')

    @staticmethod
    def _handle(spec, out, made, child):
        """(parent's end, child's end) for one of the child's streams."""
        if spec is None:
            return -1, -1
        if spec == PIPE:
            r, w = os.pipe()
            made.extend((r, w))
            child.append(w if out else r)
            return (r, w) if out else (w, r)
        if spec == DEVNULL:
            fd = os.open(os.devnull, os.O_RDWR)
            made.append(fd)
            child.append(fd)
            return -1, fd
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError('bad file descriptor %d' % spec)
            return -1, spec
        return -1, spec.fileno()

    def __repr__(self):
        return '<Popen: returncode: {} args: {!r}>'.format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            self.wait()

    def __del__(self):
        # pid is unset when __init__ refused its arguments
        if getattr(self, 'pid', None) is not None and self.returncode is None and \
                self.poll() is None:
            _active.append(self.pid)

    # ---- waiting

    def _handle_exitstatus(self, sts):
        # A child this process ptraces reports stops through waitpid;
        # waitstatus_to_exitcode refuses those, CPython's returncode is
        # minus the stop signal.
        if os.WIFSTOPPED(sts):
            self.returncode = -os.WSTOPSIG(sts)
        else:
            self.returncode = os.waitstatus_to_exitcode(sts)

    def poll(self):
        """The return code if the process has ended, else None."""
        if self.returncode is None:
            try:
                pid, sts = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                return self.returncode
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the process to end (TimeoutExpired after timeout
        seconds); its return code."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, sts = os.waitpid(self.pid, 0)
            except ChildProcessError:
                return self.returncode
            self._handle_exitstatus(sts)
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = endtime - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:
                pass   # ended meanwhile

    def terminate(self):
        self.send_signal(_SIGTERM)

    def kill(self):
        self.send_signal(_SIGKILL)

    # ---- communicate

    def communicate(self, input=None, timeout=None):
        """Sends input to stdin, reads stdout and stderr to their end, waits
        for the process: (stdout_data, stderr_data).  On TimeoutExpired the
        process runs on; call communicate again to go on where it stopped."""
        if self._comm is not None and input:
            raise ValueError('Cannot send input after starting communication')
        if self._comm is None:
            self._comm = self._start_communication(input)
        c = self._comm
        endtime = None if timeout is None else time.monotonic() + timeout
        if c['in'] != -1 or c['out'] != -1 or c['err'] != -1:
            remaining = None if endtime is None else max(endtime - time.monotonic(), 0)
            infd, out, err, c['out'], c['err'], written = _posixsubprocess.communicate(
                c['in'], c['input'], c['out'], c['err'], remaining)
            c['in'] = infd
            c['input'] = c['input'][written:] if c['input'] is not None else None
            c['outdata'].append(out)
            c['errdata'].append(err)
            if infd != -1 or c['out'] != -1 or c['err'] != -1:
                raise TimeoutExpired(self.args, timeout, self._collected('out'),
                                     self._collected('err'))
            for f in (self.stdout, self.stderr):
                if f:
                    f.close()
        # As CPython's: a timeout here names the time that was left.
        self.wait(None if endtime is None else max(endtime - time.monotonic(), 0))
        return self._collected('out'), self._collected('err')

    def _start_communication(self, input):
        c = {'in': -1, 'input': None, 'out': -1, 'err': -1, 'outdata': [], 'errdata': []}
        if self.stdin:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if input:
                if self.text_mode:
                    input = input.encode()
                c['in'] = os.dup(self.stdin.fileno())
                c['input'] = input
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        if self.stdout:
            c['out'] = self.stdout.fileno()
        if self.stderr:
            c['err'] = self.stderr.fileno()
        return c

    def _collected(self, which):
        f = self.stdout if which == 'out' else self.stderr
        if f is None:
            return None
        data = b''.join(self._comm[which + 'data'])
        return _text(data) if self.text_mode else data


# ---- the helpers

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it: a CompletedProcess (CalledProcessError
    when check and the status is not 0; TimeoutExpired kills the child)."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            exc.stdout, exc.stderr = process.communicate()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and waits for it: its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero return code."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """The command's stdout (CalledProcessError for a non-zero status)."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') or \
            kwargs.get('encoding') or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def list2cmdline(seq):
    """A command line as Microsoft's C runtime splits it back into seq: an
    argument with a space or tab (or empty) is quoted; backslashes are
    literal unless they come before a quote, where each is doubled."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        text, slashes = [], 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            text.append('\\' * (slashes * 2 + 1) + '"' if ch == '"' else '\\' * slashes + ch)
            slashes = 0
        text.append('\\' * (slashes * 2 if quote else slashes))
        body = ''.join(text)
        out.append('"%s"' % body if quote else body)
    return ' '.join(out)


def _args_from_interpreter_flags():
    """The options that make a child gilvm run Python as this one does
    (multiprocessing's spawn passes them): -O's count, -E or -I, -q, each
    -W and -X; dev mode's own 'default' filter comes back with its -X dev."""
    flags = sys.flags
    args = ['-' + 'O' * flags.optimize] if flags.optimize else []
    args += ['-I'] if flags.isolated else ['-E'] if flags.ignore_environment else []
    args += ['-q'] if flags.quiet else []
    warnopts = list(sys.warnoptions)
    if flags.dev_mode and warnopts[:1] == ['default']:
        del warnopts[0]
    args += ['-W' + opt for opt in warnopts]
    for name, value in sys._xoptions.items():
        args.append('-X' + name + ('' if value is True else '=' + value))
    return args


def getstatusoutput(cmd):
    """(status, output) of cmd run by the shell, stderr with stdout, the
    last newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
