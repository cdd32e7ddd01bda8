"""shutil for gilvm: copying, moving and removing files and trees, which,
disk_usage and get_terminal_size, as python3.11's on Linux.

Copies go through file objects in 64 KiB pieces (CPython may use
sendfile; the bytes that arrive are the same).  Extended attributes, file
flags, chown and the archive functions are not here.
"""

import collections
import fnmatch
import os
import stat
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'ignore_patterns',
           'which', 'disk_usage', 'get_terminal_size', 'SameFileError']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile's source and destination are one file."""


class SpecialFileError(OSError):
    """A named pipe where a file's contents were to be copied."""


class ExecError(OSError):
    pass


def copyfileobj(fsrc, fdst, length=0):
    """fsrc's contents from where it stands, written to fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        piece = fsrc.read(length)
        if not piece:
            return
        fdst.write(piece)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _refuse_pipe(path):
    try:
        st = os.stat(path)
    except OSError:
        return   # not there: open() says so, naming it
    if stat.S_ISFIFO(st.st_mode):
        raise SpecialFileError('`%s` is a named pipe' % path)


def copyfile(src, dst, *, follow_symlinks=True):
    """src's contents into the file dst (made or emptied): dst."""
    if _same(src, dst):
        raise SameFileError('%r and %r are the same file' % (src, dst))
    for path in (src, dst):
        _refuse_pipe(path)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """src's permission bits onto dst.  Linux cannot change a symbolic
    link's own mode, so with follow_symlinks false and both links, nothing."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """src's access and modification times and permission bits onto dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _into(src, dst):
    """dst, or src's name inside it when dst is a folder."""
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """src's contents and permission bits to dst (a file, or a folder to
    put it in): the new file's path."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy, keeping src's times as well."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """copytree's ignore: the names that match any of the wildcards."""
    def ignore(folder, names):
        found = set()
        for pattern in patterns:
            found.update(fnmatch.filter(names, pattern))
        return found
    return ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """The folder src and everything in it, copied to dst: dst.  Failures
    are gathered and raised together as Error([(src, dst, why), ...])."""
    names = os.listdir(src)
    skip = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in skip:
            continue
        s, d = os.path.join(src, name), os.path.join(dst, name)
        try:
            if os.path.islink(s) and symlinks:
                os.symlink(os.readlink(s), d)
                copystat(s, d, follow_symlinks=False)
            elif os.path.islink(s) and not os.path.exists(s) and ignore_dangling_symlinks:
                continue
            elif os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as e:
            errors.extend(e.args[0])
        except OSError as e:
            errors.append((s, d, str(e)))
    try:
        copystat(src, dst)
    except OSError as e:
        errors.append((src, dst, str(e)))
    if errors:
        raise Error(errors)
    return dst


def _rmtree_error(onerror, func, path):
    if onerror is None:
        raise
    onerror(func, path, sys.exc_info())


def _rmtree_inside(path, onerror):
    """Removes what is in the folder path (no link), then the folder."""
    try:
        names = os.listdir(path)
    except OSError:
        names = []
        _rmtree_error(onerror, os.listdir, path)
    for name in names:
        child = os.path.join(path, name)
        try:
            is_folder = stat.S_ISDIR(os.lstat(child).st_mode)
        except OSError:
            is_folder = False
        if is_folder:
            _rmtree_inside(child, onerror)
            continue
        try:
            os.unlink(child)
        except OSError:
            _rmtree_error(onerror, os.unlink, child)
    try:
        os.rmdir(path)
    except OSError:
        _rmtree_error(onerror, os.rmdir, path)


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the folder path and everything in it.  Errors call
    onerror(function, path, sys.exc_info()), are skipped with
    ignore_errors, else raised.  Links in the tree are removed, never
    followed; path itself must not be a link."""
    if ignore_errors:
        def onerror(*args):
            pass
    try:
        st = os.lstat(path)
    except OSError:
        _rmtree_error(onerror, os.lstat, path)
        return
    try:
        if stat.S_ISLNK(st.st_mode):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        _rmtree_error(onerror, os.path.islink, path)
        return
    _rmtree_inside(path, onerror)


def _inside(src, dst):
    """Is dst src itself or a path below it?"""
    src = os.path.abspath(src).rstrip(os.sep) + os.sep
    dst = os.path.abspath(dst).rstrip(os.sep) + os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """src renamed to dst, or into dst when that is a folder; across file
    systems, copied and the original removed.  The new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd as the shell would find it on path
    ($PATH by default), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.confstr('CS_PATH') or os.defpath
    if not path:
        return None
    seen = set()
    for folder in path.split(os.pathsep):
        if folder in seen:
            continue
        seen.add(folder)
        name = os.path.join(folder, cmd)
        if _runnable(name, mode):
            return name
    return None


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path; free is
    what an unprivileged user may still use."""
    st = os.statvfs(path)
    return _ntuple_diskusage(st.f_blocks * st.f_frsize, (st.f_blocks - st.f_bfree) * st.f_frsize,
                             st.f_bavail * st.f_frsize)


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines): $COLUMNS and $LINES when set and positive, else
    the terminal on standard output, else fallback."""
    columns, lines = _env_size('COLUMNS'), _env_size('LINES')
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
