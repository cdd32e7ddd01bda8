"""tarfile for gilvm: reading and writing tar archives (POSIX ustar, GNU and
pax headers), plain or compressed with gzip or bz2, from files or streams.

An archive is a sequence of 512-byte blocks: each member is a header block
(name, mode, ids, size, mtime, type, checksum, as octal text) followed by
its data padded to a whole block; two zero blocks end it, and a writer
pads the whole to a multiple of RECORDSIZE.  Names longer than a header
holds go in a GNU 'L' member or a pax 'x' header before the member.
Writing uses GNU_FORMAT by default, as CPython 3.8.  extract() refuses a
member that would land outside the target folder (an absolute name, '..',
or a link pointing out), which CPython 3.8 did not.  `gilvm -m tarfile
[-v] -l|-e|-c|-t` is CPython 3.8's command line (no --filter: the
extraction check above is always on).
"""

import builtins
import bz2
import copy
import gzip
import io
import os
import shutil
import stat
import struct
import time

__all__ = ['TarFile', 'TarInfo', 'is_tarfile', 'TarError', 'ReadError', 'CompressionError',
           'StreamError', 'ExtractError', 'HeaderError', 'ENCODING', 'USTAR_FORMAT',
           'GNU_FORMAT', 'PAX_FORMAT', 'DEFAULT_FORMAT', 'open']

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE = b"0", b"\0", b"1", b"2"
CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, CONTTYPE = b"3", b"4", b"5", b"6", b"7"
GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE = b"L", b"K", b"S"
XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE = b"x", b"g", b"X"

USTAR_FORMAT, GNU_FORMAT, PAX_FORMAT = 0, 1, 2
DEFAULT_FORMAT = GNU_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int, "gid": int,
                     "size": int}

ENCODING = "utf-8"


class TarError(Exception):
    pass


class ExtractError(TarError):
    pass


class ReadError(TarError):
    pass


class CompressionError(TarError):
    pass


class StreamError(TarError):
    pass


class HeaderError(TarError):
    pass


class EmptyHeaderError(HeaderError):
    pass


class TruncatedHeaderError(HeaderError):
    pass


class EOFHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


class SubsequentHeaderError(HeaderError):
    pass


def stn(s, length, encoding, errors):
    """A str as a NUL-padded field of length bytes."""
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    """A NUL-terminated field as a str."""
    p = s.find(b"\0")
    if p != -1:
        s = s[:p]
    return s.decode(encoding, errors)


def nti(s):
    """A number field: octal text, or GNU base-256 when its first byte says so."""
    if s[0] in (0o200, 0o377):
        n = 0
        for i in range(len(s) - 1):
            n <<= 8
            n += s[i + 1]
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
        return n
    try:
        s = nts(s, "ascii", "strict")
        return int(s.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """n as a number field of digits bytes: octal, or base-256 (GNU) when
    octal cannot hold it."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            s = bytearray([0o200])
        else:
            s = bytearray([0o377])
            n = 256 ** digits + n
        for _ in range(digits - 1):
            s.insert(1, n & 0o377)
            n >>= 8
        return bytes(s)
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header's checksum as unsigned and as signed bytes (old tars
    used signed), the checksum field itself counted as spaces."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


class _Section:
    """A member's data as a read-only file: size bytes of the archive from
    offset, the archive's file shared (each read seeks first)."""

    def __init__(self, fileobj, offset, size, name):
        self._fileobj = fileobj
        self._offset = offset
        self._size = size
        self._pos = 0
        self._buf = b''
        self.name = name
        self.closed = False

    def readable(self):
        return True

    def seekable(self):
        return self._fileobj.seekable() if hasattr(self._fileobj, 'seekable') else True

    def tell(self):
        return self._pos - len(self._buf)

    def seek(self, pos, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.tell(), io.SEEK_END: self._size}[whence]
        self._pos = min(max(base + pos, 0), self._size)
        self._buf = b''
        return self._pos

    def _raw(self, n):
        n = min(n, self._size - self._pos)
        if n <= 0:
            return b''
        self._fileobj.seek(self._offset + self._pos)
        data = self._fileobj.read(n)
        if len(data) != n:
            raise ReadError("unexpected end of data")
        self._pos += n
        return data

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        if size is None or size < 0:
            data, self._buf = self._buf + self._raw(self._size), b''
            return data
        if len(self._buf) < size:
            self._buf += self._raw(size - len(self._buf))
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    read1 = read

    def readline(self, size=-1):
        while b'\n' not in self._buf and (size < 0 or len(self._buf) < size):
            more = self._raw(BLOCKSIZE * 16)
            if not more:
                break
            self._buf += more
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        if 0 <= size < end:
            end = size
        return self.read(end)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


ExFileObject = _Section


class TarInfo:
    """One member: name, mode, ids, size, mtime, type, link target, owner names."""

    __slots__ = dict(name='Name of the archive member.', mode='Permission bits.',
                     uid='User ID of the user who originally stored this member.',
                     gid='Group ID of the user who originally stored this member.',
                     size='Size in bytes.', mtime='Time of last modification.',
                     chksum='Header checksum.', type='File type.',
                     linkname='Name of the target file name.', uname='User name.',
                     gname='Group name.', devmajor='Device major number.',
                     devminor='Device minor number.', offset='The tar header starts here.',
                     offset_data="The file's data starts here.", pax_headers='Pax headers.',
                     sparse='Sparse member information.', tarfile=None, _sparse_structs=None,
                     _link_target=None)

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def get_info(self):
        info = {"name": self.name, "mode": self.mode & 0o7777, "uid": self.uid, "gid": self.gid,
                "size": self.size, "mtime": self.mtime, "chksum": self.chksum, "type": self.type,
                "linkname": self.linkname, "uname": self.uname, "gname": self.gname,
                "devmajor": self.devmajor, "devminor": self.devminor}
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The member's header blocks in format."""
        info = self.get_info()
        if format == USTAR_FORMAT:
            return self._create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self._create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self._create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def _create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def _create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def _create_pax_header(self, info, encoding):
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()
        for name, hname, length in (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                                    ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax_headers:
                continue
            try:
                info[name].encode("ascii", "strict")
            except UnicodeEncodeError:
                pax_headers[hname] = info[name]
                continue
            if len(info[name]) > length:
                pax_headers[hname] = info[name]
        for name, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            if name in pax_headers:
                info[name] = 0
                continue
            val = info[name]
            if not 0 <= val < 8 ** (digits - 1) or isinstance(val, float):
                pax_headers[name] = str(val)
                info[name] = 0
        buf = self._create_pax_generic_header(pax_headers, XHDTYPE, encoding) if pax_headers else b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @staticmethod
    def _posix_split_name(name, encoding, errors):
        components = name.split("/")
        for i in range(1, len(components)):
            prefix = "/".join(components[:i])
            name = "/".join(components[i:])
            if len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and \
                    len(name.encode(encoding, errors)) <= LENGTH_NAME:
                return prefix, name
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        has_device_fields = info.get("type") in (CHRTYPE, BLKTYPE)
        if has_device_fields:
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = stn("", 8, encoding, errors)
            devminor = stn("", 8, encoding, errors)
        parts = [stn(info.get("name", ""), 100, encoding, errors),
                 itn(info.get("mode", 0) & 0o7777, 8, format),
                 itn(info.get("uid", 0), 8, format),
                 itn(info.get("gid", 0), 8, format),
                 itn(info.get("size", 0), 12, format),
                 itn(info.get("mtime", 0), 12, format),
                 b"        ",
                 info.get("type", REGTYPE),
                 stn(info.get("linkname", ""), 100, encoding, errors),
                 info.get("magic", POSIX_MAGIC),
                 stn(info.get("uname", ""), 32, encoding, errors),
                 stn(info.get("gname", ""), 32, encoding, errors),
                 devmajor, devminor,
                 stn(info.get("prefix", ""), 155, encoding, errors)]
        buf = struct.pack("%ds" % BLOCKSIZE, b"".join(parts))
        chksum = calc_chksums(buf[-BLOCKSIZE:])[0]
        return buf[:-364] + bytes("%06o\0" % chksum, "ascii") + buf[-357:]

    @staticmethod
    def _create_payload(payload):
        blocks, remainder = divmod(len(payload), BLOCKSIZE)
        if remainder > 0:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        name = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(name), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        records = b""
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            value = value.encode("utf-8")
            length = len(keyword) + len(value) + 3   # ' ', '=' and '\n'
            n = p = 0
            while True:
                n = length + len(str(p))
                if n == p:
                    break
                p = n
            records += bytes(str(p), "ascii") + b" " + keyword + b"=" + value + b"\n"
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES and buf[257:265] == POSIX_MAGIC:
            obj.name = prefix + "/" + obj.name
        return obj

    def isfile(self):
        return self.type in REGULAR_TYPES

    isreg = isfile

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _parse_pax(data):
    """The records of a pax header: 'LEN KEY=VALUE\\n' each."""
    headers = {}
    pos = 0
    while pos < len(data) and data[pos:pos + 1] != NUL:
        space = data.find(b" ", pos)
        if space < 0:
            raise InvalidHeaderError("invalid header")
        length = int(data[pos:space])
        keyword, _, value = data[space + 1:pos + length - 1].partition(b"=")
        headers[keyword.decode("utf-8")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return headers


def _apply_pax(tarinfo, pax_headers):
    for keyword, value in pax_headers.items():
        if keyword == "path":
            tarinfo.name = value.rstrip("/") if tarinfo.isdir() else value
        elif keyword == "linkpath":
            tarinfo.linkname = value
        elif keyword in PAX_FIELDS:
            if keyword in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[keyword](value)
                except ValueError:
                    value = 0
            setattr(tarinfo, keyword, value)
    tarinfo.pax_headers = pax_headers.copy()


class TarFile:
    """A tar archive open for reading ('r'), writing ('w', 'x') or appending ('a')."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors="surrogateescape",
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                self.mode = "w"
                self._mode = "wb"
            fileobj = builtins.open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name") and isinstance(fileobj.name, (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        self.pax_headers = pax_headers if pax_headers is not None and self.format == PAX_FORMAT else {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell() if hasattr(self.fileobj, "tell") and self._can_tell() else 0
        self.inodes = {}
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        tarinfo = self.tarinfo.frombuf(self.fileobj.read(BLOCKSIZE),
                                                       self.encoding, self.errors)
                        self._read_member_data(tarinfo)
                        self.members.append(tarinfo)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e))
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo._create_pax_generic_header(self.pax_headers.copy(), XGLTYPE,
                                                                  self.encoding)
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _can_tell(self):
        try:
            self.fileobj.tell()
            return True
        except (OSError, AttributeError, ValueError):
            return False

    # -- opening, by compression ------------------------------------------------

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """An archive: mode 'r' (any compression), 'r:', 'r:gz', 'r:bz2',
        'w', 'w:gz', 'w:bz2', 'x...', 'a'; with '|' instead of ':' the
        file is read or written as a stream."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            def not_compressed(comptype):
                return cls.OPEN_METH[comptype] == 'taropen'
            error_msgs = []
            for comptype in sorted(cls.OPEN_METH, key=not_compressed):
                func = getattr(cls, cls.OPEN_METH[comptype])
                saved_pos = fileobj.tell() if fileobj is not None else None
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    error_msgs.append('- method %s: %r' % (comptype, e))
                    if fileobj is not None:
                        fileobj.seek(saved_pos)
                    continue
            raise ReadError("file could not be opened successfully:\n" + "\n".join(error_msgs))
        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)
        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            return cls._open_stream(name, filemode, comptype, fileobj, **kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _compressed(cls, name, mode, fileobj, wrap, errors, kind, kwargs):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        opened = None
        try:
            inner = wrap(name, mode, fileobj)
            opened = inner
            t = cls.taropen(name, mode, inner, **kwargs)
        except errors as e:
            if opened is not None:
                opened.close()
            if mode == 'r':
                raise ReadError("not %s file" % kind) from e
            raise
        except BaseException:
            if opened is not None:
                opened.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        def wrap(name, mode, fileobj):
            return gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
        return cls._compressed(name, mode, fileobj, wrap, (OSError, EOFError, gzip.BadGzipFile),
                               "a gzip", kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        def wrap(name, mode, fileobj):
            return bz2.BZ2File(fileobj if fileobj is not None else name, mode, compresslevel=compresslevel)
        return cls._compressed(name, mode, fileobj, wrap, (OSError, EOFError), "a bzip2", kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        try:
            import lzma
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        def wrap(name, mode, fileobj):
            return lzma.LZMAFile(fileobj if fileobj is not None else name, mode, preset=preset)
        return cls._compressed(name, mode, fileobj, wrap, (OSError, EOFError, lzma.LZMAError),
                               "an lzma", kwargs)

    @classmethod
    def _open_stream(cls, name, mode, comptype, fileobj, **kwargs):
        """A stream archive: read it whole into memory (reading) or write
        it to a buffer copied out at close (writing), so members need no seek."""
        if mode == "r":
            src = fileobj if fileobj is not None else builtins.open(name, "rb")
            try:
                data = src.read()
            finally:
                if fileobj is None:
                    src.close()
            mode = "r:*" if comptype == "*" else "r:" + ("" if comptype == "tar" else comptype)
            return cls.open(name, mode, io.BytesIO(data), **kwargs)
        buf = io.BytesIO()
        t = cls.open(name, "w:" + ("" if comptype == "tar" else comptype), buf, **kwargs)
        dest = fileobj if fileobj is not None else builtins.open(name, "wb")
        t._stream_out = (buf, dest, fileobj is None)
        return t

    OPEN_METH = {"tar": "taropen", "gz": "gzopen", "bz2": "bz2open", "xz": "xzopen"}

    # -- reading ---------------------------------------------------------------

    def next(self):
        """The next member, or None at the end of the archive."""
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m
        if self.offset != self.fileobj.tell():
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        tarinfo = None
        while True:
            try:
                self.fileobj.seek(self.offset)
                tarinfo = self._read_member(self.fileobj.read(BLOCKSIZE))
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(e))
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file")
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e))
            except SubsequentHeaderError as e:
                raise ReadError(str(e))
            break
        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _read_member(self, buf):
        """The member whose header is buf, after any GNU long-name or pax
        headers in front of it; self.offset moves past its data."""
        tarinfo = self.tarinfo.frombuf(buf, self.encoding, self.errors)
        tarinfo.offset = self.offset
        if tarinfo.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            data = self._read_payload(tarinfo)
            try:
                nxt = self._read_member(self.fileobj.read(BLOCKSIZE))
            except HeaderError as e:
                raise SubsequentHeaderError(str(e)) from None
            nxt.offset = tarinfo.offset
            if tarinfo.type == GNUTYPE_LONGNAME:
                nxt.name = nts(data, self.encoding, self.errors)
            elif tarinfo.type == GNUTYPE_LONGLINK:
                nxt.linkname = nts(data, self.encoding, self.errors)
            else:
                headers = _parse_pax(data)
                if tarinfo.type == XGLTYPE:
                    self.pax_headers.update(headers)
                merged = dict(self.pax_headers)
                merged.update(headers)
                _apply_pax(nxt, merged)
            return nxt
        self._read_member_data(tarinfo)
        return tarinfo

    def _read_payload(self, tarinfo):
        self.offset += BLOCKSIZE
        data = self.fileobj.read(tarinfo.size)
        if len(data) != tarinfo.size:
            raise SubsequentHeaderError("unexpected end of data")
        self.offset += self._block(tarinfo.size)
        self.fileobj.seek(self.offset)
        return data

    def _read_member_data(self, tarinfo):
        self.offset += BLOCKSIZE
        tarinfo.offset_data = self.offset
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            self.offset += self._block(tarinfo.size)

    @staticmethod
    def _block(count):
        blocks, remainder = divmod(count, BLOCKSIZE)
        return (blocks + (1 if remainder else 0)) * BLOCKSIZE

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [tarinfo.name for tarinfo in self.getmembers()]

    def getmember(self, name):
        tarinfo = self._getmember(name.rstrip('/'))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def _getmember(self, name, tarinfo=None):
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)]
        for member in reversed(members):
            if os.path.normpath(member.name) == os.path.normpath(name):
                return member
        return None

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            tarinfo = self.next()
            index += 1
            yield tarinfo
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def extractfile(self, member):
        """A regular member's data as a file (a link: its target's), or None."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self.fileobj, tarinfo.offset_data, tarinfo.size, tarinfo.name)
        if tarinfo.islnk() or tarinfo.issym():
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def _target(self, path, tarinfo):
        """Where tarinfo goes under path; ExtractError if outside it."""
        base = os.path.realpath(path)
        dest = os.path.realpath(os.path.join(path, tarinfo.name))
        if os.path.isabs(tarinfo.name) or os.path.commonpath([base, dest]) != base:
            raise ExtractError("gilvm: %r would be extracted outside %r" % (tarinfo.name, path))
        if tarinfo.issym() or tarinfo.islnk():
            link = tarinfo.linkname
            target = os.path.realpath(os.path.join(os.path.dirname(dest) if tarinfo.issym() else base,
                                                   link))
            if os.path.isabs(link) or os.path.commonpath([base, target]) != base:
                raise ExtractError("gilvm: link %r -> %r points outside %r" % (tarinfo.name, link, path))
        return dest

    def extractall(self, path=".", members=None, *, numeric_owner=False):
        """Extract every member (or those given) below path; folders get
        their times and modes last, once their contents are in."""
        directories = []
        for tarinfo in self.getmembers() if members is None else members:
            if tarinfo.isdir():
                directories.append(tarinfo)
                tarinfo = copy.copy(tarinfo)
                tarinfo.mode = 0o700
            self.extract(tarinfo, path, set_attrs=not tarinfo.isdir(), numeric_owner=numeric_owner)
        directories.sort(key=lambda a: a.name, reverse=True)
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self._set_attrs(tarinfo, dirpath)
            except ExtractError as e:
                self._dbg(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False):
        """Write one member below path."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.islnk():
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        target = self._target(path or ".", tarinfo)
        try:
            self._extract_member(tarinfo, target, set_attrs)
        except OSError as e:
            if self.errorlevel > 0:
                raise
            self._dbg(e)
        except ExtractError as e:
            if self.errorlevel > 1:
                raise
            self._dbg(e)

    def _extract_member(self, tarinfo, targetpath, set_attrs):
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            with self.extractfile(tarinfo) as source, builtins.open(targetpath, "wb") as target:
                shutil.copyfileobj(source, target, self.copybufsize or 16 * 1024)
        elif tarinfo.isdir():
            try:
                os.mkdir(targetpath, 0o700)
            except FileExistsError:
                pass
        elif tarinfo.isfifo():
            os.mkfifo(targetpath)
        elif tarinfo.issym():
            os.symlink(tarinfo.linkname, targetpath)
        elif tarinfo.islnk():
            os.link(tarinfo._link_target, targetpath)
        else:
            raise ExtractError("gilvm: cannot extract %r (device files are not made)" % tarinfo.name)
        if set_attrs and not tarinfo.issym():
            self._set_attrs(tarinfo, targetpath)

    def _set_attrs(self, tarinfo, targetpath):
        try:
            os.chmod(targetpath, tarinfo.mode)
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except OSError as e:
            raise ExtractError("could not change mode or time of %r: %s" % (targetpath, e))

    def _dbg(self, msg):
        if self.debug:
            print(msg, file=__import__('sys').stderr)

    def list(self, verbose=True, *, members=None):
        """Print a table of contents (like `tar tv`)."""
        self._check()
        for tarinfo in self.getmembers() if members is None else members:
            if verbose:
                print(stat.filemode(tarinfo.mode | {DIRTYPE: stat.S_IFDIR, SYMTYPE: stat.S_IFLNK}
                                    .get(tarinfo.type, stat.S_IFREG)), end=' ')
                print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid), end=' ')
                print("%10d" % tarinfo.size, end=' ')
                print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6], end=' ')
            print(tarinfo.name + ("/" if tarinfo.isdir() else ""), end='')
            if verbose and tarinfo.issym():
                print(" ->", tarinfo.linkname, end='')
            if verbose and tarinfo.islnk():
                print(" link to", tarinfo.linkname, end='')
            print()

    # -- writing -----------------------------------------------------------------

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file at name (or fileobj's), named arcname."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        tarinfo.tarfile = self
        st = os.fstat(fileobj.fileno()) if fileobj is not None else \
            (os.stat(name) if self.dereference else os.lstat(name))
        linkname = ""
        stmd = st.st_mode
        if stat.S_ISREG(stmd):
            inode = (st.st_ino, st.st_dev)
            if not self.dereference and st.st_nlink > 1 and inode in self.inodes and arcname != self.inodes[inode]:
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = st.st_uid
        tarinfo.gid = st.st_gid
        tarinfo.size = st.st_size if type == REGTYPE else 0
        tarinfo.mtime = st.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        try:
            import pwd
            tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
        except (ImportError, KeyError):
            pass
        try:
            import grp
            tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
        except (ImportError, KeyError):
            pass
        if type in (CHRTYPE, BLKTYPE):
            tarinfo.devmajor = os.major(st.st_rdev)
            tarinfo.devminor = os.minor(st.st_rdev)
        return tarinfo

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file, folder (with its contents) or link at name."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            return
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                return
        if tarinfo.isreg():
            with builtins.open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add a member: its header, then tarinfo.size bytes from fileobj."""
        self._check("awx")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            left = tarinfo.size
            while left > 0:
                chunk = fileobj.read(min(left, 16 * 1024))
                if not chunk:
                    raise OSError("unexpected end of data")
                self.fileobj.write(chunk)
                left -= len(chunk)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    def close(self):
        """End the archive (two zero blocks, padded to a record) when writing."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                blocks, remainder = divmod(self.offset, RECORDSIZE)
                if remainder > 0:
                    self.fileobj.write(NUL * (RECORDSIZE - remainder))
        finally:
            if not self._extfileobj:
                self.fileobj.close()
            stream = getattr(self, '_stream_out', None)
            if stream is not None:
                buf, dest, owned = stream
                dest.write(buf.getvalue())
                if owned:
                    dest.close()

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """Whether name (a path, or a file object) is a tar archive this module reads."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open


# The compression -c picks from the archive name's extension, as CPython's.
_CLI_COMPRESSIONS = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz',
                     '.bz2': 'bz2', '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}


def _cli_parser():
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for tarfile module.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>',
                        choices=('fully_trusted', 'tar', 'data'), help='Filter for extraction')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<tarfile>', help='Show listing of a tarfile')
    group.add_argument('-e', '--extract', nargs='+', metavar=('<tarfile>', '<output_dir>'),
                       help='Extract tarfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create tarfile from sources')
    group.add_argument('-t', '--test', metavar='<tarfile>', help='Test if a tarfile is valid')
    return parser


def _cli_source(parser, src):
    """src, after checking it is a tar archive (exit 1 if not)."""
    if not is_tarfile(src):
        parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
    return src


def _cli_extract(parser, args):
    if len(args.extract) > 2:
        parser.exit(1, parser.format_help())
    src = _cli_source(parser, args.extract[0])
    target = args.extract[1] if len(args.extract) == 2 else os.curdir
    with TarFile.open(src, 'r:*') as tf:
        tf.extractall(path=target)
    if args.verbose:
        if target == '.':
            print('{!r} file is extracted.'.format(src))
        else:
            print('{!r} file is extracted into {!r} directory.'.format(src, target))


def _cli_create(args):
    name, files = args.create[0], args.create[1:]
    ext = os.path.splitext(name)[1]
    mode = 'w:' + _CLI_COMPRESSIONS[ext] if ext in _CLI_COMPRESSIONS else 'w'
    with TarFile.open(name, mode) as tf:
        for file_name in files:
            tf.add(file_name)
    if args.verbose:
        print('{!r} file created.'.format(name))


def main():
    """The command line: list (-l), extract (-e), create (-c) or test (-t)."""
    import sys
    parser = _cli_parser()
    args = parser.parse_args()
    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')
    if args.filter:
        parser.exit(1, 'tarfile: --filter is not supported (extraction always refuses '
                       'members that would land outside the target)\n')
    if args.test is not None:
        with TarFile.open(_cli_source(parser, args.test), 'r') as tf:
            print(tf.getmembers(), file=sys.stderr)
        if args.verbose:
            print('{!r} is a tar archive.'.format(args.test))
    elif args.list is not None:
        with TarFile.open(_cli_source(parser, args.list), 'r:*') as tf:
            tf.list(verbose=args.verbose)
    elif args.extract is not None:
        _cli_extract(parser, args)
    else:
        _cli_create(args)


if __name__ == '__main__':
    main()
