"""mimetypes for gilvm: a file name's or URL's MIME type and encoding, and
a type's file extensions, as python3's module gives them.

The module's tables start from a built-in list of common types (below)
and then read the system's mime.types files (knownfiles) that exist, as
python3 does; MimeTypes() objects hold the built-in list only, plus the
files they are given.  The built-in list holds the types python3's does
(no more: a MimeTypes() answers as python3's); a file such as
/etc/mime.types adds the rest."""

import os
import posixpath

__all__ = [
    'knownfiles', 'inited', 'MimeTypes', 'guess_type', 'guess_all_extensions',
    'guess_extension', 'add_type', 'init', 'read_mime_types', 'suffix_map',
    'encodings_map', 'types_map', 'common_types',
]

knownfiles = [
    '/etc/mime.types',
    '/etc/httpd/mime.types',
    '/etc/httpd/conf/mime.types',
    '/etc/apache/mime.types',
    '/etc/apache2/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/lib/netscape/mime.types',
    '/usr/local/etc/httpd/conf/mime.types',
    '/usr/local/etc/mime.types',
]

inited = False
_db = None

# In mime.types' own format: a type, then its extensions, the preferred first.
_STRICT_TYPES = """
application/javascript js mjs
application/json json
application/manifest+json webmanifest
application/msword doc dot wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin a dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps ai eps
application/trig trig
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xls xlb
application/vnd.ms-powerpoint ppt pot ppa pps pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl rdf wsdl xpdl
application/zip zip
audio/3gpp 3gp 3gpp
audio/3gpp2 3g2 3gpp2
audio/aac aac adts loas ass
audio/basic au snd
audio/mpeg mp3 mp2
audio/opus opus
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/heic heic
image/heif heif
image/ief ief
image/jpeg jpg jpe jpeg
image/png png
image/svg+xml svg
image/tiff tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html html htm
text/n3 n3
text/plain txt bat c h ksh pl srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg m1v mpa mpe mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# Types common on the web but not registered: only with strict=False.
_LOOSE_TYPES = """
application/rtf rtf
audio/midi midi mid
image/jpg jpg
image/pict pict pct pic
image/webp webp
text/xul xul
"""

_ENCODINGS = {'.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br'}
# Short suffixes that stand for two (".tgz" is ".tar.gz").
_SUFFIXES = {
    '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
}


def _entries(lines):
    """(type, [extension, ...]) per line of mime.types text; '#' starts a comment."""
    for line in lines:
        words = line.split()
        for k, word in enumerate(words):
            if word.startswith('#'):
                del words[k:]
                break
        if words:
            yield words[0], ['.' + suffix for suffix in words[1:]]


class MimeTypes:
    """A table of types: the built-in one plus the mime.types files given."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_ENCODINGS)
        self.suffix_map = dict(_SUFFIXES)
        self.types_map = ({}, {})        # by strictness: [False], [True]
        self.types_map_inv = ({}, {})
        self._add_text(_STRICT_TYPES.splitlines(), True)
        self._add_text(_LOOSE_TYPES.splitlines(), False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension ext (with its dot) to type, and type back to ext."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def _add_text(self, lines, strict):
        for type, exts in _entries(lines):
            for ext in exts:
                self.add_type(type, ext, strict)

    def guess_type(self, url, strict=True):
        """(type, encoding) of a file name, path or URL; either may be None."""
        url = os.fspath(url)
        scheme, sep, rest = url.partition(':')
        if sep and scheme.lower() == 'data':
            return self._data_url_type(rest)
        base, ext = posixpath.splitext(url)
        while ext in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        for table in (self.types_map[True],) if strict else self.types_map[::-1]:
            for key in (ext, ext.lower()):
                if key in table:
                    return table[key], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        """A data: URL's media type: what precedes ',' or ';' (text/plain
        when that is no type/subtype)."""
        comma = rest.find(',')
        if comma < 0:
            return None, None
        semi = rest.find(';', 0, comma)
        type = rest[:semi] if semi >= 0 else rest[:comma]
        if '=' in type or '/' not in type:
            type = 'text/plain'
        return type, None

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, strict ones first."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            exts += [e for e in self.types_map_inv[False].get(type, []) if e not in exts]
        return exts

    def guess_extension(self, type, strict=True):
        """The preferred extension for type, or None."""
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        """Add the entries of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the entries of an open mime.types file."""
        self._add_text(fp, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read outside Windows."""


def _db_or_init():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a file name or URL, from the module's tables."""
    return _db_or_init().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    return _db_or_init().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    return _db_or_init().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping to the module's tables."""
    return _db_or_init().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's tables: the built-in list and the knownfiles
    that exist, then files; called again, it adds files to what it has."""
    global inited, _db, types_map, common_types, encodings_map, suffix_map
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The strict extension-to-type table of one mime.types file, or None
    when it cannot be opened."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _table(text):
    return {ext: type for type, exts in _entries(text.splitlines()) for ext in exts}


# Until init(): the built-in tables.
encodings_map = dict(_ENCODINGS)
suffix_map = dict(_SUFFIXES)
types_map = _table(_STRICT_TYPES)
common_types = _table(_LOOSE_TYPES)
