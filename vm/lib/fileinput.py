"""fileinput for gilvm: read the lines of several files (or stdin) as one
stream, optionally rewriting each file in place.

input() and the module functions work on one shared FileInput, as in
CPython.  There is no hook_compressed: gilvm's io.TextIOWrapper cannot
wrap a gzip or bz2 stream.  open() in gilvm reads UTF-8 only, so
encoding= and hook_encoded() accept what open() accepts."""

import os
import sys
from types import GenericAlias as _GenericAlias

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno',
           'fileno', 'isfirstline', 'isstdin', 'FileInput', 'hook_encoded']

_state = None


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None,
          encoding=None, errors=None):
    """Start the shared FileInput the module functions ask about."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    global _state
    state = _state
    _state = None
    if state is not None:
        state.close()


def _active():
    if _state is None:
        raise RuntimeError('no active input()')
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of files one after another; '-' stands for stdin and no
    files at all for sys.argv[1:] (or stdin if that is empty too).

    With inplace=True each file is renamed to its backup name and
    sys.stdout goes to a new file of the old name until the next file,
    so print() writes the replacement lines."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, files=None, inplace=False, backup='', *, mode='r',
                 openhook=None, encoding=None, errors=None):
        self._files = _file_list(files)
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._output = None
        self._savestdout = None
        # checked last: __del__ closes even an instance __init__ rejected
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError('FileInput cannot use an opening hook in inplace mode')
            if not callable(openhook):
                raise ValueError('FileInput openhook must be callable')

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line of the stream; empty once every file is read."""
        while True:
            line = self._read_current()
            if line:
                self._filelineno += 1
                return line
            if self._file is None:
                return line
            self.nextfile()

    def _read_current(self):
        if self._file is None:
            if not self._files:
                return b'' if 'b' in self._mode else ''
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._isstdin = False
        self._backupfilename = None
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin
            if 'b' in self._mode:
                # gilvm's sys.stdin has no .buffer yet: lines are then str
                self._file = getattr(sys.stdin, 'buffer', sys.stdin)
            self._isstdin = True
        elif self._inplace:
            self._open_inplace()
        elif self._openhook is None:
            self._file = open(self._filename, self._mode, encoding=self._encoding,
                              errors=self._errors)
        elif self._encoding is None:
            self._file = self._openhook(self._filename, self._mode)
        else:
            self._file = self._openhook(self._filename, self._mode,
                                        encoding=self._encoding, errors=self._errors)

    def _open_inplace(self):
        name = os.fspath(self._filename)
        self._backupfilename = name + (self._backup or '.bak')
        try:
            os.unlink(self._backupfilename)
        except OSError:
            pass
        os.rename(name, self._backupfilename)
        self._file = open(self._backupfilename, self._mode, encoding=self._encoding,
                          errors=self._errors)
        # the rewritten file keeps the original's permission bits
        perm = os.fstat(self._file.fileno()).st_mode & 0o7777
        fd = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
        self._output = open(fd, self._mode.replace('r', 'w'), encoding=self._encoding,
                            errors=self._errors)
        try:
            os.chmod(name, perm)
        except OSError:
            pass
        self._savestdout = sys.stdout
        sys.stdout = self._output

    def nextfile(self):
        """Close the current file (restoring stdout after an in-place
        edit); reading goes on with the next one."""
        if self._savestdout is not None:
            sys.stdout = self._savestdout
            self._savestdout = None
        output, self._output = self._output, None
        try:
            if output is not None:
                output.close()
        finally:
            current, self._file = self._file, None
            try:
                if current is not None and not self._isstdin:
                    current.close()
            finally:
                self._drop_backup()

    def _drop_backup(self):
        backup, self._backupfilename = self._backupfilename, None
        self._isstdin = False
        if backup and not self._backup:
            try:
                os.unlink(backup)
            except OSError:
                pass

    def filename(self):
        return self._filename

    def lineno(self):
        """Lines read so far, over every file."""
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def _file_list(files):
    if isinstance(files, str):
        return (files,)
    if isinstance(files, os.PathLike):
        return (os.fspath(files),)
    if files is None:
        files = sys.argv[1:]
    if not files:
        return ('-',)
    return tuple(files)


def hook_encoded(encoding, errors=None):
    """An openhook that opens each file with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
