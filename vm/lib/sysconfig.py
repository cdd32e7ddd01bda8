"""sysconfig for gilvm: the installation paths and build variables that
CPython 3.8's module reports, answered with gilvm's own facts.

gilvm is built in its source tree and embeds its library, so sys.prefix is
that tree and 'stdlib' is vm/lib.  The other folders of the install
schemes are those a 3.8 installation would use below that prefix (gilvm
itself installs nothing there).  The build variables are the ones gilvm can state truly;
SOABI and EXT_SUFFIX are None because gilvm loads no C extension modules,
and a variable CPython's Makefile would define that gilvm has no answer
for is None, as an unknown name is in CPython."""

import os
import struct
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'is_python_build', 'parse_config_h']

_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{LIBDEST}',
        'platstdlib': '{BINLIBDEST}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/lib/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/lib/python{py_version_short}',
        'platstdlib': '{userbase}/lib/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_config_vars = None


def _library_dir():
    """Where gilvm's library modules are: the last entry of the initial sys.path."""
    return os.path.dirname(os.__file__) if getattr(os, '__file__', None) else sys.prefix


def _build_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    major, minor, micro = sys.version_info[:3]
    bindir = os.path.dirname(sys.executable) if sys.executable else prefix
    compiler = sys.version.rsplit('[', 1)[-1].rstrip(']').split()[0].lower()
    return {
        'prefix': prefix, 'exec_prefix': exec_prefix, 'base': prefix, 'platbase': exec_prefix,
        'installed_base': prefix, 'installed_platbase': exec_prefix, 'projectbase': bindir,
        'py_version': '%d.%d.%d' % (major, minor, micro),
        'py_version_short': '%d.%d' % (major, minor), 'py_version_nodot': '%d%d' % (major, minor),
        'VERSION': '%d.%d' % (major, minor), 'abiflags': '', 'ABIFLAGS': '',
        'userbase': os.path.expanduser('~/.local'), 'srcdir': prefix, 'BINDIR': bindir,
        'LIBDEST': _library_dir(), 'BINLIBDEST': _library_dir(), 'LIBDIR': os.path.join(prefix, 'lib'),
        'EXE': '', 'MACHDEP': sys.platform, 'MULTIARCH': '%s-linux-gnu' % os.uname().machine,
        'SOABI': None, 'EXT_SUFFIX': None, 'SO': None, 'CC': compiler,
        'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'WITH_DOC_STRINGS': 1, 'HAVE_FORK': 1,
        'WITH_THREAD': 1, 'Py_GIL_DISABLED': None,
        'SIZEOF_VOID_P': struct.calcsize('P'), 'SIZEOF_LONG': struct.calcsize('l'),
        'SIZEOF_INT': struct.calcsize('i'), 'SIZEOF_SIZE_T': struct.calcsize('N'),
        'SIZEOF_DOUBLE': struct.calcsize('d'), 'SIZEOF_FLOAT': struct.calcsize('f'),
        'SIZEOF_SHORT': struct.calcsize('h'), 'SIZEOF_LONG_LONG': struct.calcsize('q'),
    }


def get_config_vars(*args):
    """The build variables: all of them as a dict, or the values of args."""
    global _config_vars
    if _config_vars is None:
        _config_vars = {k: v for k, v in _build_vars().items() if v is not None}
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """One build variable, None if gilvm has no value for it."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_path_names():
    return _PATH_NAMES


def _default_scheme():
    return 'posix_prefix'


def get_paths(scheme=None, vars=None, expand=True):
    """The install folders of a scheme, with {names} filled in from the
    build variables and vars unless expand is false."""
    scheme = scheme or _default_scheme()
    if scheme not in _SCHEMES:
        raise KeyError(scheme)
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    values = dict(get_config_vars())
    values.update(vars or {})
    return {name: os.path.normpath(template.format_map(values)) for name, template in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """'linux-<machine>', as CPython's on Linux."""
    return '%s-%s' % (sys.platform, os.uname().machine)


def get_python_version():
    return get_config_var('py_version_short')


def is_python_build(check_home=False):
    """False: gilvm is not CPython's build tree."""
    return False


def get_makefile_filename():
    raise NotImplementedError('sysconfig: gilvm is not built by a CPython Makefile')


def get_config_h_filename():
    raise NotImplementedError('sysconfig: gilvm has no pyconfig.h')


def parse_config_h(fp, vars=None):
    raise NotImplementedError('sysconfig: gilvm has no pyconfig.h')


def _main():
    print('Platform: "%s"' % get_platform())
    print('Python version: "%s"' % get_python_version())
    print('Current installation scheme: "%s"' % _default_scheme())
    print()
    _print_dict('Paths', get_paths())
    print()
    _print_dict('Variables', get_config_vars())


def _print_dict(title, data):
    print('%s: ' % title)
    for key, value in sorted(data.items()):
        print('\t%s = "%s"' % (key, value))


if __name__ == '__main__':
    _main()
