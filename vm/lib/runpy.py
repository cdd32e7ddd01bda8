"""runpy for gilvm: run a module or a script file's code in a fresh
namespace and return that namespace, as `gilvm -m NAME` and
`gilvm FILE` do for __main__ (a tool's way of running a program inside
itself).  Modules are found through importlib.util.find_spec, so a run
looks where `import` looks."""

import sys
import importlib.util
import importlib.machinery

__all__ = ['run_module', 'run_path']


class _Error(Exception):
    """Why a module cannot be run."""


def _run_code(code, run_globals, init_globals, mod_name, spec, file, package):
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name, __file__=file, __cached__=None, __doc__=None,
                       __loader__=spec.loader if spec else None,
                       __package__=package, __spec__=spec)
    exec(code, run_globals)
    return run_globals


def _run_in_temp_module(code, init_globals, mod_name, spec, file, package, alter_sys):
    """Run in a new module that stands in sys.modules (and sys.argv[0])
    for the run when alter_sys is true; the namespace is returned copied,
    as the module is dropped afterwards."""
    module = type(sys)(mod_name)
    saved_module = sys.modules.get(mod_name)
    saved_argv0 = sys.argv[0] if sys.argv else None
    if alter_sys:
        sys.modules[mod_name] = module
        if sys.argv:
            sys.argv[0] = file
    try:
        _run_code(code, module.__dict__, init_globals, mod_name, spec, file, package)
    finally:
        if alter_sys:
            if saved_module is None:
                sys.modules.pop(mod_name, None)
            else:
                sys.modules[mod_name] = saved_module
            if sys.argv:
                sys.argv[0] = saved_argv0
    return module.__dict__.copy()


def _module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name = mod_name.rpartition('.')[0]
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
            raise error('Error while finding module specification for {!r} ({}: {})'.format(
                mod_name, type(e).__name__, e)) from e
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as e:
        raise error('Error while finding module specification for {!r} ({}: {})'.format(
            mod_name, type(e).__name__, e)) from e
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(('%s; %r is a package and cannot be directly executed') % (e, mod_name))
    if spec.loader is None or spec.loader is importlib.machinery.BuiltinImporter:
        raise error('No code object available for %s' % mod_name)
    return mod_name, spec, spec.loader.get_code(mod_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module mod_name (a package: its __main__) as run_name
    (default mod_name) and return its globals."""
    mod_name, spec, code = _module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    package = mod_name.rpartition('.')[0]
    if alter_sys:
        return _run_in_temp_module(code, init_globals, run_name, spec, spec.origin, package, True)
    return _run_code(code, {}, init_globals, run_name, spec, spec.origin, package)


def run_path(path_name, init_globals=None, run_name=None):
    """Run the script at path_name as run_name (default '<run_path>') and
    return its globals.  A folder runs its __main__.py, found first on a
    sys.path that begins with the folder."""
    import os
    if run_name is None:
        run_name = '<run_path>'
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        sys.path.insert(0, path_name)
        saved_main = sys.modules.pop('__main__', None)   # find the folder's, not ours
        try:
            mod_name, spec, code = _module_details('__main__')
        finally:
            if saved_main is not None:
                sys.modules['__main__'] = saved_main
        try:
            return _run_in_temp_module(code, init_globals, run_name, spec, spec.origin, '', True)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    with open(path_name, 'rb') as f:
        code = compile(f.read(), path_name, 'exec', dont_inherit=True)
    package = run_name.rpartition('.')[0]
    return _run_in_temp_module(code, init_globals, run_name, None, path_name, package, True)
