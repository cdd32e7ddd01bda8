"""cProfile's API over profile's collector (gilvm has no C profiler).

The same Profile, run and runctx as profile, with built-ins keyed as
CPython's cProfile keys them: {built-in method builtins.len} and
{method 'append' of 'list' objects}.  `gilvm -m cProfile` is profile's
command line with these names, -s checked against pstats' sort keys.
"""

import sys

import profile as _profile

__all__ = ['run', 'runctx', 'Profile']


class Profile(_profile.Profile):
    """profile.Profile with cProfile's names for built-ins."""

    def _c_key(self, fn):
        owner = getattr(fn, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            module = getattr(owner, '__name__', 'builtins')
            return ('~', 0, '<built-in method %s.%s>' % (module, fn.__name__))
        return ('~', 0, "<method '%s' of '%s' objects>" % (fn.__name__, type(owner).__name__))

    def disable(self):
        """Stops profiling; the profile counts this call, as cProfile's C method."""
        if not self._enabled:
            return
        sys.setprofile(None)
        self._push(_DISABLE_KEY, None, self.timer())
        _profile.Profile.disable(self)


_DISABLE_KEY = ('~', 0, "<method 'disable' of '_lsprof.Profiler' objects>")
_profile._OWN_CODES.add(Profile.disable.__code__)


def run(statement, filename=None, sort=-1):
    """Profile exec(statement) in __main__; print the stats or dump them to filename."""
    return _profile.run(statement, filename, sort, Profile)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """Profile exec(statement, globals, locals); print or dump as run()."""
    return _profile.runctx(statement, globals, locals, filename, sort, Profile)


def main():
    """The command line (see profile.main)."""
    import pstats
    # 'file' sorts as an abbreviation of 'filename'; CPython's -s does not offer it.
    sorts = sorted(key for key in pstats._SORTS if key != 'file')
    return _profile.main('cProfile.py', sorts, Profile)


if __name__ == '__main__':
    main()
