"""warnings for gilvm: warn() and its filters, as CPython 3.8's.

warn(message, category, stacklevel) finds the code that warned (stacklevel
1 is warn's caller, 2 that one's caller, ...) and asks the filters what to
do; the first filter matching the text, category, module and line decides:
'error' raises the warning, 'ignore' drops it, 'always' shows it,
'default' shows it once per location, 'module' once per module, 'once'
once per text.  Showing writes "FILE:LINE: Category: message" and the
source line, indented by two, to sys.stderr.  The registry of what was
shown is forgotten whenever the filters change, as CPython's is."""

import re
import sys
import _traceback

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

# (action, message regex or None, category, module regex or None, lineno)
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
_shown = set()   # keys of warnings shown under 'default', 'module' and 'once'


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """'FILE:LINE: Category: message' and the source line (read if not given)."""
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    if file is None:
        return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); replaceable."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _show(msg):
    # a program that replaced showwarning gets called with the six arguments
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
    else:
        _showwarnmsg_impl(msg)


class WarningMessage:
    """One warning, as catch_warnings(record=True) keeps it."""
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _check_category(category):
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not %r' % type(category).__name__)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _shown.clear()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Add a filter: action for warnings whose text starts matching message
    (a regex, case-insensitive), of category, from a module whose name
    matches module (a regex, whole name), at lineno (0: any line)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a class')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    msg_re = re.compile(message, re.I) if message else None
    mod_re = re.compile(module) if module else None
    _add_filter((action, msg_re, category, mod_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category (and line) alone."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """No filters at all: every warning then takes the default action."""
    filters[:] = []
    _shown.clear()


def _matches(pattern, text, whole):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    m = pattern.match(text)
    return m is not None and (not whole or m.end() == len(text))


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text, False) and issubclass(category, cat)
                and _matches(mod, module, True) and (ln == 0 or ln == lineno)):
            return action
    return defaultaction


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Warn as if from filename:lineno in module (its name defaults to the file's)."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        key = ('once', text, category)
    elif action == 'module':
        key = ('module', module, text, category)
    elif action == 'default':
        key = ('default', module, text, category, lineno)
    else:
        key = None
    if key is not None:
        if key in _shown:
            return
        _shown.add(key)
    _show(WarningMessage(message, category, filename, lineno, None, None, source))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the code stacklevel frames up (1: the caller)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    _check_category(category)
    where = _traceback.caller(stacklevel)
    if where is None:
        filename, lineno, module = 'sys', 1, 'sys'
    else:
        filename, lineno, _, module = where
        if module is None:
            module = '<string>'
    warn_explicit(message, category, filename, lineno, module, source=source)


class catch_warnings:
    """Within the with, changes to the filters and to showwarning are undone
    at the end; record=True collects the warnings shown in a list instead."""

    def __init__(self, record=False, module=None):
        self._record = record
        self._entered = False

    def __repr__(self):
        return 'catch_warnings(%s)' % ('record=True' if self._record else '')

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        _shown.clear()
        if not self._record:
            return None
        log = []
        showwarning = lambda *args: log.append(WarningMessage(*args))
        return log

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        filters[:] = self._filters
        showwarning = self._showwarning
        _shown.clear()


# ---- -W options and PYTHONWARNINGS (sys.warnoptions) ----

class _OptionError(Exception):
    """A -W option that cannot be a filter."""


def _option_action(text):
    if not text:
        return 'default'
    for action in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if action.startswith(text):   # an abbreviation, as -Wi
            return action
    raise _OptionError('invalid action: %r' % (text,))


def _option_category(text):
    if not text:
        return Warning
    module, _, name = text.rpartition('.')
    try:
        found = getattr(__import__(module or 'builtins', None, None, [name]), name)
    except (ImportError, AttributeError):
        raise _OptionError('unknown warning category: %r' % (text,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError('invalid warning category: %r' % (text,))
    return found


def _setoption(arg):
    """One -W action:message:category:module:lineno; fields may be left out."""
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    action, message, category, module, lineno = [p.strip() for p in parts + [''] * (5 - len(parts))]
    action = _option_action(action)
    category = _option_category(category)
    try:
        lineno = int(lineno) if lineno else 0
        if lineno < 0:
            raise ValueError
    except ValueError:
        raise _OptionError('invalid lineno %r' % (lineno,)) from None
    # message matches the text's start and module the whole name, literally
    filterwarnings(action, re.escape(message), category, re.escape(module) + r'\Z' if module else '',
                   lineno)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as e:
            print('Invalid -W option ignored:', e, file=sys.stderr)


_processoptions(sys.warnoptions)
