"""platform for gilvm: what CPython's platform module says about the
machine (over os.uname and, for processor(), `uname -p` as CPython asks it)
and about the interpreter (over sys).

The interpreter is described truthfully: python_implementation() is
sys.implementation.name, 'gilvm' (CPython's would say 'CPython');
python_version() is the language gilvm runs, 3.8.0; python_build() is
(gilvm's version, what it runs: 'CPython 3.8 bytecode'), the two parts of
sys.version's parentheses, as CPython's are (build name, build date).
"""

import os
import sys

__version__ = '1.0.8'


class uname_result(tuple):
    """(system, node, release, version, machine), and processor, which
    CPython too resolves only when asked."""
    __slots__ = ()
    _fields = ('system', 'node', 'release', 'version', 'machine')

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return processor()

    def __repr__(self):
        items = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return 'uname_result(%s)' % items


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result((u.sysname, u.nodename, u.release, u.version, u.machine))
    return _uname_cache


def system():
    """'Linux'."""
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    """'x86_64', 'aarch64', ..."""
    return uname().machine


_processor_cache = None


def processor():
    """`uname -p`, as CPython asks it on Linux; '' when it says 'unknown'
    (Debian's does) or cannot run."""
    global _processor_cache
    if _processor_cache is None:
        import subprocess
        try:
            out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL,
                                          text=True).strip()
        except (OSError, subprocess.CalledProcessError):
            out = ''
        _processor_cache = '' if out == 'unknown' else out
    return _processor_cache


# ---- the interpreter

def python_implementation():
    """'gilvm' (sys.implementation.name)."""
    return sys.implementation.name


def python_version():
    """'major.minor.micro' of the language gilvm runs."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def _version_parts():
    """sys.version's parenthesised build info and bracketed compiler."""
    v = sys.version
    build = v[v.find('(') + 1:v.find(')')] if '(' in v else ''
    compiler = v[v.find('[') + 1:v.rfind(']')] if '[' in v else ''
    return build, compiler


def python_build():
    """(build name, build note): ('gilvm 0.1', 'CPython 3.8 bytecode')."""
    name, _, note = _version_parts()[0].partition(',')
    return name.strip(), note.strip()


def python_compiler():
    """The C compiler gilvm was built with, e.g. 'GCC 12.2.0'."""
    return _version_parts()[1]


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', '2.36'): the C library gilvm runs on, as confstr says."""
    try:
        name, ver = os.confstr('CS_GNU_LIBC_VERSION').split()
    except (AttributeError, ValueError, OSError):
        return lib, version
    return name, ver


def _platform(*parts):
    """Joins the parts as CPython's platform() does: '-' between non-empty
    parts, spaces and punctuation made safe, 'unknown' dropped."""
    s = '-'.join(x.strip() for x in parts if x)
    for c in ' /\\:;"()':
        s = s.replace(c, '_' if c == ' ' else '-')
    s = s.replace('unknown', '')
    while '--' in s:
        s = s.replace('--', '-')
    return s.rstrip('-')


def platform(aliased=0, terse=0):
    """'Linux-6.1.0-18-amd64-x86_64-with-glibc2.36' (on Linux CPython's
    terse form is the same)."""
    u = uname()
    libname, libversion = libc_ver()
    return _platform(u.system, u.release, u.machine, u.processor, 'with', libname + libversion)


if __name__ == '__main__':
    # `gilvm -m platform [terse] [nonaliased]`, each word with or without --.
    print(platform(aliased='nonaliased' not in sys.argv and '--nonaliased' not in sys.argv,
                   terse='terse' in sys.argv or '--terse' in sys.argv))
    sys.exit(0)
