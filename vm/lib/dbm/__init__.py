"""dbm: one interface to the key-value database files of the dbm family.

gilvm has only dbm.dumb (pure Python): a file that whichdb finds to be a
dbm.gnu or dbm.ndbm database is refused with dbm.error, in one line.
"""

import io
import os
import struct

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_NAMES = ['dbm.dumb']           # the dbm.gnu and dbm.ndbm C modules are absent
error = (error, OSError)


def _module(name):
    return __import__(name, fromlist=['open'])


def open(file, flag='r', mode=0o666):
    """Open the database file, of whatever kind it is; with 'c' or 'n', a
    new one is made with the first kind available (dbm.dumb)."""
    kind = whichdb(file) if 'n' not in flag else None
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        kind = _NAMES[0]
    elif kind == '':
        raise error[0]("db type could not be determined")
    elif kind not in _NAMES:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    return _module(kind).open(file, flag, mode)


def _exists(path):
    try:
        with io.open(path, 'rb'):
            return True
    except OSError:
        return False


def _dumb_index_start(filename):
    """Whether filename.dir reads as a dbm.dumb index, or None with no .dat."""
    if not _exists(filename + '.dat'):
        return None
    try:
        if os.stat(filename + '.dir').st_size == 0:
            return True
        with io.open(filename + '.dir', 'rb') as f:
            return f.read(1) in (b"'", b'"')
    except OSError:
        return None


_GNU_MAGICS = (0x13579ace, 0x13579acd, 0x13579acf)


def whichdb(filename):
    """The module that can open the database file filename ('dbm.dumb',
    'dbm.gnu', 'dbm.ndbm'), '' when it is of no known kind, None when it
    does not exist or cannot be read."""
    filename = os.fsdecode(filename)
    if (_exists(filename + '.pag') and _exists(filename + '.dir')) or _exists(filename + '.db'):
        return 'dbm.ndbm'
    if _dumb_index_start(filename):
        return 'dbm.dumb'
    try:
        with io.open(filename, 'rb') as f:
            head = f.read(16)
    except OSError:
        return None
    if len(head) < 4:
        return ''
    if struct.unpack('=l', head[:4])[0] in _GNU_MAGICS or \
            struct.unpack('>l', head[:4])[0] in _GNU_MAGICS:
        return 'dbm.gnu'
    return ''
