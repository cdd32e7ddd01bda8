"""stat for gilvm: the st_mode bits and their tests, as CPython's on Linux.

CPython computes these in its _stat C module; here they are Python, with the
C module's argument checks (a mode is a C mode_t: an unsigned 32-bit int),
so a bad mode fails with python3's message.
"""

# indexes into os.stat()'s tuple
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts: no such files on Linux
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD file flags (os.chflags): known by name though Linux has no chflags
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE = 0x1, 0x2, 0x4, 0x8
UF_NOUNLINK, UF_COMPRESSED, UF_HIDDEN = 0x10, 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# Windows file attributes, which stat_result.st_file_attributes holds there
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def _mode(mode):
    """mode as _stat's C mode_t conversion accepts it."""
    if not isinstance(mode, int):
        raise TypeError('an integer is required')
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if mode >= 1 << 32:
        raise OverflowError('mode out of range')
    return mode


def S_IMODE(mode):
    """The permission bits: what os.chmod sets."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """The file-type bits."""
    return _mode(mode) & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    _mode(mode)
    return False


def S_ISPORT(mode):
    _mode(mode)
    return False


def S_ISWHT(mode):
    _mode(mode)
    return False


_TYPE_CHARS = {S_IFDIR: 'd', S_IFCHR: 'c', S_IFBLK: 'b', S_IFREG: '-', S_IFIFO: 'p',
               S_IFLNK: 'l', S_IFSOCK: 's'}


def _triple(mode, read, write, execute, special, special_char):
    """'rwx' for one class of users; the special bit shows in the x place,
    lower case when x is also set."""
    x = 'x' if mode & execute else '-'
    if mode & special:
        x = special_char if mode & execute else special_char.upper()
    return ('r' if mode & read else '-') + ('w' if mode & write else '-') + x


def filemode(mode):
    """ls -l's ten characters for a mode: '-rwxr-xr-x'."""
    kind = _TYPE_CHARS.get(S_IFMT(mode), '?')
    return (kind + _triple(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's')
            + _triple(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's')
            + _triple(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'))
