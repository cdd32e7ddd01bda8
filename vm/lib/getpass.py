"""getpass for gilvm: ask for a password, and the login name.

gilvm has no termios, so echo cannot be turned off: getpass() is
fallback_getpass(), which warns with GetPassWarning (as python3 does on a
terminal it cannot control) and reads a line from stdin.  getuser() falls
back to the password database (pwd) as python3 does."""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password from stdin with echo on, after warning so."""
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    if not stream:
        stream = sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _raw_input(prompt, stream)


getpass = fallback_getpass


def _raw_input(prompt, stream):
    prompt = str(prompt)
    if prompt:
        stream.write(prompt)
        stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line.endswith('\n'):
        line = line[:-1]
    return line


def getuser():
    """The login name: from LOGNAME, USER, LNAME or USERNAME, else the
    password database's name for the uid (KeyError when it has none)."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    import pwd
    return pwd.getpwuid(os.getuid())[0]
