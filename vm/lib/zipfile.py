"""zipfile for gilvm: reading and writing ZIP archives (PKWARE's APPNOTE),
stored, deflated (zlib) or bzip2-compressed, with ZIP64 records when an
archive or a member outgrows the 32-bit fields.

An archive is a local header and data per member, then a central directory
(one record per member, pointing back at its local header) and an
end-of-central-directory record; reading starts from that end record.
Writing a member to a seekable file writes its local header, the data,
then goes back to fill in the CRC and sizes; to a stream it sets flag bit
3 and follows the data with a data descriptor instead.  Encrypted members
and LZMA (method 14) are refused with one line.  `gilvm -m zipfile
-l|-e|-c|-t` is CPython 3.8's command line.
"""

import bz2
import os
import shutil
import stat
import struct
import sys
import time
import zlib

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2',
           'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile', 'LargeZipFile']


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """A member or an archive needs ZIP64 and allowZip64 is false."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14
_MIN_VERSION = {ZIP_STORED: 20, ZIP_DEFLATED: 20, ZIP_BZIP2: 46}
DEFAULT_VERSION, ZIP64_VERSION = 20, 45
MAX_EXTRACT_VERSION = 63

# Record layouts: little-endian, each starting with its 4-byte signature.
_END = struct.Struct('<4s4H2LH')                  # end of central directory
_END_SIG = b'PK\005\006'
_END64 = struct.Struct('<4sQ2H2L4Q')               # ZIP64 end of central directory
_END64_SIG = b'PK\006\006'
_LOCATOR64 = struct.Struct('<4sLQL')               # ZIP64 end locator
_LOCATOR64_SIG = b'PK\006\007'
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')         # central directory record
_CENTRAL_SIG = b'PK\001\002'
_LOCAL = struct.Struct('<4s2B4HL2L2H')             # local file header
_LOCAL_SIG = b'PK\003\004'
_DESCRIPTOR_SIG = b'PK\007\010'
_EXTRA_ZIP64 = 0x0001

_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800

_CHUNK = 1 << 16


def _refuse_method(method):
    if method == ZIP_LZMA:
        raise NotImplementedError("gilvm: zipfile has no LZMA (method 14) members")
    if method not in _MIN_VERSION:
        raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """One member: its name, time, sizes, CRC, method, and where it is."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null = filename.find(chr(0))
        if null >= 0:
            filename = filename[:null]
        if os.sep != "/":
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        r = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            r.append(' compress_type=%s' % {ZIP_DEFLATED: 'deflate', ZIP_BZIP2: 'bzip2',
                                            ZIP_LZMA: 'lzma'}.get(self.compress_type,
                                                                  self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            r.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            r.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            r.append(' file_size=%r' % self.file_size)
        if (not isdir or self.compress_size) and (self.compress_type != ZIP_STORED or
                                                   self.file_size != self.compress_size):
            r.append(' compress_size=%r' % self.compress_size)
        r.append('>')
        return ''.join(r)

    def is_dir(self):
        return self.filename[-1:] == '/'

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file at filename, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10   # MS-DOS directory flag
        else:
            zinfo.file_size = st.st_size
        return zinfo

    def _dos_time(self):
        dt = self.date_time
        return ((dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]), (dt[3] << 11 | dt[4] << 5 | (dt[5] // 2))

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def FileHeader(self, zip64=None):
        """The local file header's bytes."""
        dosdate, dostime = self._dos_time()
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = compress_size = file_size = 0   # the descriptor after the data has them
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra += struct.pack('<HHQQ', _EXTRA_ZIP64, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
            min_version = ZIP64_VERSION
        min_version = max(min_version, _MIN_VERSION.get(self.compress_type, 0))
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        filename, flag_bits = self._encoded_name()
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, crc, compress_size, file_size,
                             len(filename), len(extra))
        return header + filename + extra

    def _decode_extra(self):
        """Take the ZIP64 sizes and offset from the extra field, where the
        32-bit fields say 0xffffffff."""
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack('<HH', extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == _EXTRA_ZIP64:
                data = extra[4:ln + 4]
                try:
                    for field in ('file_size', 'compress_size', 'header_offset'):
                        if getattr(self, field) == 0xffffffff:
                            setattr(self, field, struct.unpack('<Q', data[:8])[0])
                            data = data[8:]
                except struct.error:
                    raise BadZipFile("Corrupt zip64 extra field. %s not found." % field) from None
            extra = extra[ln + 4:]


def _decode_name(raw, flags):
    """A member's name: UTF-8 when flag bit 11 says so, else code page 437
    (APPNOTE's default), which is ASCII for ASCII bytes."""
    if flags & _FLAG_UTF8:
        return raw.decode('utf-8')
    try:
        return raw.decode('ascii')
    except UnicodeDecodeError:
        return raw.decode('cp437')


def _find_end(fp):
    """(end record fields, offset of the end record, comment), or None."""
    fp.seek(0, 2)
    filesize = fp.tell()
    start = max(filesize - _END.size - ZIP_MAX_COMMENT, 0)
    fp.seek(start)
    data = fp.read()
    at = data.rfind(_END_SIG)
    while at >= 0:
        fields = _END.unpack(data[at:at + _END.size]) if len(data) - at >= _END.size else None
        if fields is not None:
            comment = data[at + _END.size:at + _END.size + fields[7]]
            if len(comment) == fields[7]:
                return fields, start + at, comment
        at = data.rfind(_END_SIG, 0, at)
    return None


def is_zipfile(filename):
    """Whether filename (a path or a binary file) holds a ZIP archive's end record."""
    try:
        if hasattr(filename, 'read'):
            return _find_end(filename) is not None
        with open(filename, 'rb') as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


def _decompressor(method):
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if method == ZIP_BZIP2:
        return bz2.BZ2Decompressor()
    return None


def _compressor(method, level):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                zlib.DEFLATED, -15)
    if method == ZIP_BZIP2:
        return bz2.BZ2Compressor(9 if level is None else level)
    return None


class ZipExtFile:
    """A member opened for reading: its data decompressed as it is read,
    the CRC checked once the end is reached."""

    def __init__(self, fileobj, mode, zipinfo, close_fileobj=False):
        self._fileobj = fileobj
        self._at = fileobj.tell()   # the archive's file is shared: each read seeks first
        self._close_fileobj = close_fileobj
        self._left = zipinfo.compress_size
        self._size_left = zipinfo.file_size
        self._decomp = _decompressor(zipinfo.compress_type)
        self._crc = 0
        self._expected_crc = zipinfo.CRC
        self._buf = b''
        self._eof = False
        self.mode = mode
        self.name = zipinfo.filename
        self._closed = False

    def __repr__(self):
        return '<zipfile.ZipExtFile name=%r mode=%r>' % (self.name, self.mode)

    @property
    def closed(self):
        return self._closed

    def readable(self):
        return True

    def seekable(self):
        return False

    def _more(self):
        """Decompress the next piece into the buffer; false at the end."""
        while not self._eof:
            raw = b''
            if self._left:
                self._fileobj.seek(self._at)
                raw = self._fileobj.read(min(self._left, _CHUNK))
                if not raw:
                    raise EOFError
                self._at += len(raw)
                self._left -= len(raw)
            if self._decomp is None:
                data = raw
            elif raw:
                data = self._decomp.decompress(raw)
            else:
                data = self._decomp.flush() if hasattr(self._decomp, 'flush') else b''
            data = data[:self._size_left]
            self._size_left -= len(data)
            self._crc = zlib.crc32(data, self._crc)
            if not self._left and not (raw and self._decomp is not None):
                self._eof = True
                if self._crc != self._expected_crc:
                    raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            if data:
                self._buf += data
                return True
        return False

    def read(self, n=-1):
        if self._closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            while self._more():
                pass
            data, self._buf = self._buf, b''
            return data
        while len(self._buf) < n and self._more():
            pass
        data, self._buf = self._buf[:n], self._buf[n:]
        return data

    def read1(self, n=-1):
        if not self._buf:
            self._more()
        if n is None or n < 0:
            n = len(self._buf)
        return self.read(min(n, len(self._buf)))

    def peek(self, n=1):
        if len(self._buf) < n:
            self._more()
        return self._buf[:512]

    def readline(self, limit=-1):
        while b'\n' not in self._buf and (limit < 0 or len(self._buf) < limit) and self._more():
            pass
        end = self._buf.find(b'\n') + 1 or len(self._buf)
        if 0 <= limit < end:
            end = limit
        return self.read(end)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        return list(self)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._close_fileobj:
                self._fileobj.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _ZipWriteFile:
    """A member opened for writing: compresses and counts what is written;
    close() finishes the member and records it in the archive."""

    def __init__(self, zf, zinfo, zip64):
        self._zf = zf
        self._zinfo = zinfo
        self._zip64 = zip64
        self._compressor = _compressor(zinfo.compress_type, zinfo._compresslevel)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def write(self, data):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        nbytes = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
        self._file_size += nbytes
        self._crc = zlib.crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
        self._compress_size += len(data)
        self._zf.fp.write(data)
        return nbytes

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            if self._compressor:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._zf.fp.write(tail)
            zinfo = self._zinfo
            zinfo.compress_size, zinfo.CRC, zinfo.file_size = \
                self._compress_size, self._crc, self._file_size
            self._zf._end_member(zinfo, self._zip64)
        finally:
            self._zf._writing = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ZipFile:
    """A ZIP archive: read ('r'), write a new one ('w', 'x'), or add to one ('a').

    file is a path or a binary file object."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _refuse_method(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = False
            self.filename = file
            binmode = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = open(file, binmode)
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = open(file, 'w+b')
                mode = 'w'
        else:
            self._filePassed = True
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                self._seekable = self._can_seek()
                if not self._seekable:
                    self.fp = _Tellable(self.fp)
                self.start_dir = self.fp.tell()
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)   # not an archive yet: the archive goes at its end
                    self.start_dir = self.fp.tell()
                self._modified = True
                self._seekable = True
        except BaseException:
            self._close_fp()
            raise

    def _can_seek(self):
        try:
            self.fp.seek(self.fp.tell())
            return True
        except (AttributeError, OSError):
            return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        r = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                r.append(' file=%r' % self.fp)
            elif self.filename is not None:
                r.append(' filename=%r' % self.filename)
            r.append(' mode=%r' % self.mode)
        else:
            r.append(' [closed]')
        r.append('>')
        return ''.join(r)

    # -- reading the directory ------------------------------------------------

    def _read_end(self):
        try:
            found = _find_end(self.fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if found is None:
            raise BadZipFile("File is not a zip file")
        fields, end_at, comment = found
        count, size_cd, offset_cd = fields[4], fields[5], fields[6]
        if end_at >= _LOCATOR64.size:
            self.fp.seek(end_at - _LOCATOR64.size)
            sig, _, end64_at, _ = _LOCATOR64.unpack(self.fp.read(_LOCATOR64.size))
            if sig == _LOCATOR64_SIG:
                self.fp.seek(end64_at)
                rec = self.fp.read(_END64.size)
                if len(rec) != _END64.size or rec[:4] != _END64_SIG:
                    raise BadZipFile("Corrupt zip64 end of central directory locator")
                fields64 = _END64.unpack(rec)
                count, size_cd, offset_cd = fields64[7], fields64[8], fields64[9]
                end_at = end64_at
        return count, size_cd, offset_cd, end_at, comment

    def _read_directory(self):
        count, size_cd, offset_cd, end_at, self._comment = self._read_end()
        # Data before the archive (a self-extracting stub) shifts every offset.
        concat = end_at - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        self.fp.seek(self.start_dir)
        data = self.fp.read(size_cd)
        at = 0
        while at < len(data):
            if len(data) - at < _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            f = _CENTRAL.unpack(data[at:at + _CENTRAL.size])
            if f[0] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            at += _CENTRAL.size
            name = data[at:at + f[12]]
            at += f[12]
            flags = f[5]
            x = ZipInfo(_decode_name(name, flags))
            x.extra = data[at:at + f[13]]
            at += f[13]
            x.comment = data[at:at + f[14]]
            at += f[14]
            x.header_offset = f[18]
            (x.create_version, x.create_system, x.extract_version, x.reserved, x.flag_bits,
             x.compress_type, t, d, x.CRC, x.compress_size, x.file_size) = f[1:12]
            if x.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (x.extract_version / 10))
            x.volume, x.internal_attr, x.external_attr = f[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decode_extra()
            x.header_offset += concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    # -- asking about members -------------------------------------------------

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        """The name of the first member whose CRC does not match, or None."""
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return zinfo.filename
        return None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def setpassword(self, pwd):
        raise NotImplementedError("gilvm: zipfile cannot decrypt: encrypted members are not supported")

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A member as a binary file: ZipExtFile to read, or a writer."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd:
            raise NotImplementedError("gilvm: zipfile cannot decrypt: encrypted members are not supported")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(zinfo, force_zip64)
        if self._writing:
            raise ValueError("Can't open a member for reading while one is being written")
        return ZipExtFile(self.fp, mode, self._seek_data(zinfo))

    def _seek_data(self, zinfo):
        """Leave fp at zinfo's data, its local header checked."""
        self.fp.seek(zinfo.header_offset)
        header = self.fp.read(_LOCAL.size)
        if len(header) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        h = _LOCAL.unpack(header)
        if h[0] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        fname = self.fp.read(h[10])
        self.fp.read(h[11])
        if zinfo.flag_bits & _FLAG_ENCRYPTED:
            raise NotImplementedError("gilvm: zipfile cannot decrypt: %r is encrypted" % zinfo.filename)
        _refuse_method(zinfo.compress_type)
        fname_str = _decode_name(fname, h[3])
        if fname_str != zinfo.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (zinfo.orig_filename, fname))
        return zinfo

    # -- writing ----------------------------------------------------------------

    def _check_writable(self, zinfo):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _refuse_method(zinfo.compress_type)
        if not self._allowZip64:
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                raise LargeZipFile("Files count is too large")
            if zinfo.file_size > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")

    def _open_to_write(self, zinfo, force_zip64=False):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle open on it. "
                             "Close the first handle before opening another.")
        self._check_writable(zinfo)
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if not self._seekable:
            zinfo.flag_bits |= _FLAG_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._modified = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _end_member(self, zinfo, zip64):
        """The member's data is written: record its CRC and sizes (in a
        data descriptor, or in its local header rewritten in place)."""
        if zinfo.flag_bits & _FLAG_DESCRIPTOR:
            fmt = '<4sLQQ' if zip64 else '<4sLLL'
            self.fp.write(struct.pack(fmt, _DESCRIPTOR_SIG, zinfo.CRC, zinfo.compress_size,
                                      zinfo.file_size))
            self.start_dir = self.fp.tell() if self._seekable else self.start_dir
        else:
            if not zip64:
                if zinfo.file_size > ZIP64_LIMIT:
                    raise RuntimeError('File size unexpectedly exceeded ZIP64 limit')
                if zinfo.compress_size > ZIP64_LIMIT:
                    raise RuntimeError('Compressed size unexpectedly exceeded ZIP64 limit')
            self.start_dir = self.fp.tell()
            self.fp.seek(zinfo.header_offset)
            self.fp.write(zinfo.FileHeader(zip64))
            self.fp.seek(self.start_dir)
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file (or folder) at filename, named arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._check_writable(zinfo)
            if self._seekable:
                self.fp.seek(self.start_dir)
            zinfo.header_offset = self.fp.tell()
            self._modified = True
            self.fp.write(zinfo.FileHeader(False))
            self.start_dir = self.fp.tell()
            self.filelist.append(zinfo)
            self.NameToInfo[zinfo.filename] = zinfo
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self._open_to_write(zinfo) as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member named zinfo_or_arcname (or described by a ZipInfo)
        holding data (bytes, or str written as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname, date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        zinfo.file_size = len(data)
        with self._open_to_write(zinfo) as dest:
            dest.write(data)

    def extract(self, member, path=None, pwd=None):
        """Write member below path (default: the current folder); its path."""
        return self._extract_member(member, os.getcwd() if path is None else os.fspath(path))

    def extractall(self, path=None, members=None, pwd=None):
        """Write every member (or those named) below path."""
        path = os.getcwd() if path is None else os.fspath(path)
        for zipinfo in self.namelist() if members is None else members:
            self._extract_member(zipinfo, path)

    def _extract_member(self, member, targetpath):
        """Write member as a file below targetpath; a name's '..', drive and
        leading slashes are dropped so nothing lands outside it."""
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep) if x not in invalid)
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with self.open(member) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    # -- closing ----------------------------------------------------------------

    def close(self):
        """Write the central directory (if anything was written) and let go of the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            self._close_fp()

    def _central_record(self, zinfo):
        dosdate, dostime = zinfo._dos_time()
        extra = []
        file_size, compress_size, header_offset = zinfo.file_size, zinfo.compress_size, zinfo.header_offset
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            extra += [file_size, compress_size]
            file_size = compress_size = 0xffffffff
        if header_offset > ZIP64_LIMIT:
            extra.append(header_offset)
            header_offset = 0xffffffff
        extra_data = zinfo.extra
        min_version = 0
        if extra and not self._allowZip64:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")
        if extra:
            extra_data = struct.pack('<HH' + 'Q' * len(extra), _EXTRA_ZIP64, 8 * len(extra),
                                     *extra) + _strip_zip64(extra_data)
            min_version = ZIP64_VERSION
        min_version = max(min_version, _MIN_VERSION.get(zinfo.compress_type, 0))
        extract_version = max(min_version, zinfo.extract_version)
        create_version = max(min_version, zinfo.create_version)
        filename, flag_bits = zinfo._encoded_name()
        head = _CENTRAL.pack(_CENTRAL_SIG, create_version, zinfo.create_system, extract_version,
                             zinfo.reserved, flag_bits, zinfo.compress_type, dostime, dosdate,
                             zinfo.CRC, compress_size, file_size, len(filename), len(extra_data),
                             len(zinfo.comment), 0, zinfo.internal_attr, zinfo.external_attr,
                             header_offset)
        return head + filename + extra_data + zinfo.comment

    def _write_end_record(self):
        pos1 = self.fp.tell()
        for zinfo in self.filelist:
            self.fp.write(self._central_record(zinfo))
        pos2 = self.fp.tell()
        count = len(self.filelist)
        size_cd = pos2 - pos1
        offset_cd = pos1
        if count > ZIP_FILECOUNT_LIMIT or size_cd > ZIP64_LIMIT or offset_cd > ZIP64_LIMIT:
            if not self._allowZip64:
                raise LargeZipFile("Files count is too large" if count > ZIP_FILECOUNT_LIMIT
                                   else "Central directory offset would require ZIP64 extensions")
            self.fp.write(_END64.pack(_END64_SIG, 44, 45, 45, 0, 0, count, count, size_cd, offset_cd))
            self.fp.write(_LOCATOR64.pack(_LOCATOR64_SIG, 0, pos2, 1))
            count = min(count, 0xFFFF)
            size_cd = min(size_cd, 0xFFFFFFFF)
            offset_cd = min(offset_cd, 0xFFFFFFFF)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, size_cd, offset_cd, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == 'a':
            self.fp.truncate()
        self.fp.flush()

    def _close_fp(self):
        fp, self.fp = self.fp, None
        if fp is not None and not self._filePassed:
            fp.close()

    def __del__(self):
        self._close_fp()


class _Tellable:
    """A stream that cannot seek, counting what is written so that tell()
    gives the offsets the directory records."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += len(data)
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


def _strip_zip64(extra):
    """extra without its ZIP64 field (the writer adds a fresh one)."""
    out = b''
    while len(extra) >= 4:
        tp, ln = struct.unpack('<HH', extra[:4])
        if tp != _EXTRA_ZIP64:
            out += extra[:ln + 4]
        extra = extra[ln + 4:]
    return out + extra


def _add_to_zip(zf, path, zippath):
    """path (a file, or a folder and all under it, sorted) as zippath."""
    if os.path.isfile(path):
        zf.write(path, zippath, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if zippath:
            zf.write(path, zippath)
        for name in sorted(os.listdir(path)):
            _add_to_zip(zf, os.path.join(path, name), os.path.join(zippath, name))


def _create(zip_name, paths):
    with ZipFile(zip_name, 'w') as zf:
        for path in paths:
            # A folder given as 'dir/' is stored as 'dir'; '.' and '..' as the top.
            zippath = os.path.basename(path) or os.path.basename(os.path.dirname(path))
            if zippath in ('', os.curdir, os.pardir):
                zippath = ''
            _add_to_zip(zf, path, zippath)


def main(args=None):
    """`gilvm -m zipfile -l ZIP | -e ZIP DIR | -c ZIP FILE... | -t ZIP`."""
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>', help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>', help='Test if a zipfile is valid')
    args = parser.parse_args(args)
    if args.test is not None:
        with ZipFile(args.test, 'r') as zf:
            bad = zf.testzip()
        if bad:
            print('The following enclosed file is corrupted: {!r}'.format(bad))
        print('Done testing')
    elif args.list is not None:
        with ZipFile(args.list, 'r') as zf:
            zf.printdir()
    elif args.extract is not None:
        with ZipFile(args.extract[0], 'r') as zf:
            zf.extractall(args.extract[1])
    else:
        _create(args.create[0], args.create[1:])


if __name__ == '__main__':
    main()
