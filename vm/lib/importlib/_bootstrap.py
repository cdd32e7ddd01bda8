"""Module specs, loaders and finders for gilvm's importlib.

gilvm imports with its C importer (vm/runtime/import.c), which neither
makes specs nor consults sys.meta_path.  This module is importlib's view
of it: a finder that looks where `import` looks (through _imp.locate, so
the library embedded in the binary is found too), loaders that compile
and run source as `import` does, and the spec functions built on them.
A module the C importer made gets its spec the first time one is asked
for (spec_of), from the attributes the importer did set."""

import sys
import _imp

SOURCE_SUFFIXES = ['.py']


class ModuleSpec:
    """What a module is and how to load it: name, loader, origin, and for
    a package the folders its submodules are searched in."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._set_fileattr = False

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and
                self.origin == other.origin and
                self.submodule_search_locations == other.submodule_search_locations and
                self.cached == other.cached and self.has_location == other.has_location)

    __hash__ = None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finds and loads the modules written in C (sys.builtin_module_names)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or fullname not in sys.builtin_module_names:
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError('{!r} is not a built-in module'.format(spec.name), name=spec.name)
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        """A built-in module is complete once made."""

    @classmethod
    def is_package(cls, fullname):
        return False


class SourceFileLoader:
    """Loads a module from its .py file, on disk or in the embedded library."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return '<{} object>'.format(self.__class__.__name__)

    def _check_name(self, name):
        if name is not None and name != self.name:
            raise ImportError('loader for {} cannot handle {}'.format(self.name, name), name=name)

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def get_data(self, path):
        embedded = _imp.embedded_source(path)
        if embedded is not None:
            return embedded.encode('utf-8')
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.get_filename(name)).decode('utf-8')

    def is_package(self, name=None):
        filename = self.get_filename(name).rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_code(self, name=None):
        return compile(self.get_source(name), self.path, 'exec', dont_inherit=True)

    def create_module(self, spec):
        """The default module: module_from_spec makes it."""

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        """Load, run and return the module (the older loader protocol)."""
        fullname = self.name if fullname is None else fullname
        self._check_name(fullname)
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec_from_file_location(fullname, self.path, loader=self))
        sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


class PathFinder:
    """Finds a module in the folders of sys.path, or of a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _imp.locate(list(sys.path if path is None else path), fullname.rpartition('.')[2])
        if found is None:
            return None
        origin, is_package = found
        return spec_from_file_location(
            fullname, origin, loader=SourceFileLoader(fullname, origin),
            submodule_search_locations=[origin.rpartition('/')[0]] if is_package else None)

    @classmethod
    def invalidate_caches(cls):
        """The C importer keeps no finder caches."""


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module `name` whose source is the file `location`."""
    if location is None:
        location = '<unknown>'
        if loader is not None and hasattr(loader, 'get_filename'):
            location = loader.get_filename(name)
    else:
        location = __import__('os').fspath(location)
    if loader is None:
        if not any(location.endswith(suffix) for suffix in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = submodule_search_locations
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for `name` as `loader` would load it."""
    if hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        is_package = loader.is_package(name) if hasattr(loader, 'is_package') else False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def init_module_attrs(spec, module, override=False):
    """Set the attributes a module gets from its spec; `override` replaces
    those already there (reload)."""
    def put(attr, value):
        if override or getattr(module, attr, None) is None:
            setattr(module, attr, value)
    put('__name__', spec.name)
    put('__loader__', spec.loader)
    put('__package__', spec.parent)
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        put('__path__', spec.submodule_search_locations)
    if spec.has_location:
        put('__file__', spec.origin)
        put('__cached__', spec.cached)
    return module


def module_from_spec(spec):
    """A new module for `spec`, its attributes set, its code not yet run."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    return init_module_attrs(spec, module)


def find_spec(fullname, path=None):
    """The spec of the module `fullname` (absolute), searched as `import`
    searches: the built-in modules, then the folders of `path`."""
    return BuiltinImporter.find_spec(fullname, path) or PathFinder.find_spec(fullname, path)


def spec_of(module):
    """module.__spec__, made from what the C importer set when it has none."""
    spec = getattr(module, '__spec__', None)
    name = getattr(module, '__name__', None)
    if spec is not None or name == '__main__' or not isinstance(name, str):
        return spec
    file = getattr(module, '__file__', None)
    if file is None:
        spec = BuiltinImporter.find_spec(name)
    else:
        spec = spec_from_file_location(name, file, submodule_search_locations=getattr(module, '__path__', None))
    if spec is not None:
        module.__spec__ = spec
        module.__loader__ = spec.loader
    return spec
