"""The spawn start method for gilvm: a child is a fresh gilvm (sys.executable,
with the parent's VM options, sys._gilvm_args, and -E if the parent had it)
running spawn_main(), which reads two pickles from its stdin: what it needs
to be like the parent (sys.path, the main script), then the Process object.

The child imports the parent's main script as __mp_main__ (also registered
as __main__, so '__main__.f' pickled in the parent finds f), so code under
`if __name__ == '__main__':` does not run again.  While it does, starting
a process raises CPython's bootstrapping RuntimeError: a script without
the guard would otherwise start children without end.
"""

import io
import os
import pickle
import subprocess
import sys
import types

__all__ = ['spawn_main', 'pass_fds']

_fds = None          # the descriptors the pickle being made for a child names
_importing_main = False


def pass_fds(obj, *fds):
    """Called by a pipe-backed obj being pickled: the child must get fds."""
    if _fds is None:
        raise RuntimeError("%s objects should only be shared between processes "
                           "through inheritance" % type(obj).__name__)
    _fds.extend(fd for fd in fds if fd is not None)


def check_not_importing_main():
    if _importing_main:
        raise RuntimeError('''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.''')


def _main_path():
    path = getattr(sys.modules.get('__main__'), '__file__', None)
    return os.path.abspath(path) if path else None


def child_payload(process_obj, parent):
    """(bytes for the child's stdin, descriptors it must keep)."""
    global _fds
    prep = {'sys_path': list(sys.path), 'main_path': _main_path(), 'parent': parent,
            'cwd': os.getcwd()}
    _fds = []
    try:
        data = pickle.dumps(prep) + pickle.dumps(process_obj)
        return data, _fds
    finally:
        _fds = None


def command_line():
    return ([sys.executable] + list(getattr(sys, '_gilvm_args', [])) +
            subprocess._args_from_interpreter_flags() +
            ['-c', 'from multiprocessing.spawn import spawn_main; spawn_main()'])


def child_environ():
    """The parent's environment less the variables of its measuring and
    tracing options (gilvm names them): those stay the parent's, and a child
    writing the same GILVM_TRACE file would overwrite the parent's timeline."""
    private = set(getattr(sys, '_gilvm_parent_env', ()))
    return {k: v for k, v in os.environ.items() if k not in private}


def start_child(process_obj, parent):
    data, fds = child_payload(process_obj, parent)
    popen = subprocess.Popen(command_line(), stdin=subprocess.PIPE, pass_fds=fds,
                             env=child_environ())
    try:
        popen.stdin.write(data)
        popen.stdin.close()
    except BrokenPipeError:
        pass   # the child died at once; its exit code says why
    return popen


def _read_stdin():
    parts = []
    while True:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        parts.append(chunk)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return b''.join(parts)


def _import_main(path):
    """Runs the parent's main script as __mp_main__ (and __main__)."""
    global _importing_main
    main = types.ModuleType('__mp_main__')
    main.__file__ = path
    sys.modules['__mp_main__'] = sys.modules['__main__'] = main
    with open(path) as f:
        code = compile(f.read(), path, 'exec')
    _importing_main = True
    try:
        exec(code, main.__dict__)
    finally:
        _importing_main = False


def spawn_main():
    """The child's entry: become the parent's kind of process, run, exit."""
    from multiprocessing import process
    data = io.BytesIO(_read_stdin())
    prep = pickle.load(data)
    sys.path[:] = prep['sys_path']
    if prep['cwd'] != os.getcwd():
        os.chdir(prep['cwd'])
    process.become_child(prep['parent'])
    if prep['main_path']:
        _import_main(prep['main_path'])
    process_obj = pickle.load(data)
    sys.exit(process_obj._bootstrap())

