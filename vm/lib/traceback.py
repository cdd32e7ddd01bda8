"""traceback for gilvm: extract, format and print stack traces, as CPython 3.8's.

Everything goes through two classes: StackSummary, a list of FrameSummary
entries (file, line, function, source line read through linecache) taken
from a traceback or a stack, and TracebackException, an exception with its
stack and its __cause__/__context__ chain captured for formatting.  The
format_*/print_*/extract_* functions are thin layers over them.  A
traceback's frames come from gilvm's tb_frame, whose f_locals are the
frame's variables once it has returned and empty while it still runs."""

import collections
import collections.abc
import itertools
import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']


# ---- the list helpers

def print_list(extracted_list, file=None):
    """Print the entries of an extract_tb/extract_stack list."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        file.write(item)


def format_list(extracted_list):
    """One string per entry: its '  File ...' line and its source line."""
    return StackSummary.from_list(extracted_list).format()


# ---- tracebacks

def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback tb, outermost first."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of traceback tb's entries, outermost first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


# ---- exceptions

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')

_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


_unset = object()


def _value_and_tb(exc, value, tb):
    """3.10's calling forms: (exc) alone takes exc and its __traceback__;
    the old (etype, value, tb) ignores etype."""
    if (value is _unset) != (tb is _unset):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _unset:
        return exc, exc.__traceback__ if exc is not None else None
    return value, tb


def print_exception(exc, /, value=_unset, tb=_unset, limit=None, file=None, chain=True):
    """Print the exception value with traceback tb and, when chain is true,
    the exceptions it was raised from or while handling."""
    value, tb = _value_and_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in TracebackException(type(value), value, tb, limit=limit).format(chain=chain):
        file.write(line)


def format_exception(exc, /, value=_unset, tb=_unset, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    return list(TracebackException(type(value), value, tb, limit=limit).format(chain=chain))


def format_exception_only(exc, /, value=_unset):
    """The exception's last line(s): 'Type: message' (and a SyntaxError's location)."""
    if value is _unset:
        value = exc
        exc = type(value) if value is not None else type(None)
    return list(TracebackException(exc, value, None).format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _some_str(value)
    if value is None or not valuestr:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, valuestr)


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def _safe_str(value, what, func):
    try:
        return func(value)
    except Exception:
        return '<{} {}() failed>'.format(what, func.__name__)


class _GroupBox:
    """Where format is inside exception groups: each line it emits gets the
    group's indent and a margin, as CPython 3.11 draws the boxes."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, texts, margin='|'):
        pad = self.indent() + (margin + ' ' if self.depth else '')
        for text in [texts] if isinstance(texts, str) else texts:
            yield ''.join(pad + line for line in text.splitlines(True)) if self.depth else text


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the exception the interactive interpreter last reported."""
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


# ---- stacks

def print_stack(f=None, limit=None, file=None):
    """Print the stack from its outermost frame to f (the caller when None)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from its outermost frame to f (the
    caller when None); limit counts from f outwards."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """CPython clears the locals of tb's frames.  gilvm's tb_frame is a new
    snapshot at each access, so there is no frame to clear: the locals a
    traceback keeps are released with the traceback."""


class FrameSummary:
    """One stack entry: filename, lineno, name, its source line and,
    when captured, the repr of each local variable."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            self._line = linecache.getline(self.filename, self.lineno).strip()
        return self._line


def walk_stack(f):
    """(frame, lineno) from f outwards; from the caller's caller when f is None."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of traceback tb, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


_RECURSIVE_CUTOFF = 3   # identical entries shown before "[Previous line repeated ...]"


def _limited(frame_gen, limit):
    """The first limit items of frame_gen (the last -limit when negative);
    sys.tracebacklimit when limit is None."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return frame_gen
    if limit >= 0:
        return itertools.islice(frame_gen, limit)
    return collections.deque(frame_gen, maxlen=-limit)


class StackSummary(list):
    """A list of FrameSummary entries, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary of the (frame, lineno) pairs frame_gen yields
        (walk_tb, walk_stack), limit as extract_tb's."""
        result = klass()
        filenames = set()
        for f, lineno in _limited(frame_gen, limit):
            code = f.f_code
            filenames.add(code.co_filename)
            linecache.lazycache(code.co_filename, f.f_globals)
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in result:
                entry.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary entries or (filename, lineno, name, line) tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        """One string per entry ('  File ...' line, source line, locals),
        runs of more than three identical entries cut short."""
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key != last:
                _repeated(result, count)
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            row = ['  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)]
            if frame.line:
                row.append('    {}\n'.format(frame.line.strip()))
            if frame.locals:
                for name, value in sorted(frame.locals.items()):
                    row.append('    {name} = {value}\n'.format(name=name, value=value))
            result.append(''.join(row))
        _repeated(result, count)
        return result


def _repeated(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append('  [Previous line repeated {} more time{}]\n'.format(more, 's' if more > 1 else ''))


class TracebackException:
    """An exception captured for formatting: its type, str, stack (a
    StackSummary), SyntaxError details, and the TracebackExceptions of its
    __cause__ and __context__ (each exception once, so cycles end)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        options = dict(limit=limit, lookup_lines=False, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen)
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **options)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None
        self.__cause__ = self._linked(getattr(exc_value, '__cause__', None), _seen, options)
        self.__context__ = self._linked(getattr(exc_value, '__context__', None), _seen, options)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.exc_traceback = exc_traceback
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _some_str(exc_value)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()

    @staticmethod
    def _linked(exc, seen, options):
        if exc is None or id(exc) in seen:
            return None
        return TracebackException(type(exc), exc, exc.__traceback__, **options)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc with its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line
        if self.__context__ is not None:
            self.__context__._load_lines()
        if self.__cause__ is not None:
            self.__cause__._load_lines()

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line, with a SyntaxError's location first and
        the exception's notes after."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._syntax_location()
            yield '{}: {}\n'.format(stype, self.msg or '<no detail available>')
        yield from self._format_notes()

    def _format_notes(self):
        # Each note on its own lines; a __notes__ that is no sequence by its repr.
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence):
            for note in notes:
                text = _safe_str(note, 'note', str)
                yield from [line + '\n' for line in text.split('\n')]
        elif notes is not None:
            yield _safe_str(notes, '__notes__', repr)

    def _syntax_location(self):
        yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno or '?')
        if self.text is None:
            return
        yield '    {}\n'.format(self.text.strip())
        if self.offset is not None:
            line = self.text.rstrip('\n')
            before = line[:min(len(line), self.offset) - 1].lstrip()
            # tabs stay tabs so the caret lines up under the source
            yield '    {}^\n'.format(''.join(c if c.isspace() else ' ' for c in before))

    def format(self, *, chain=True, _box=None):
        """The lines of the report, chained exceptions first when chain is
        true; an exception group's members follow it in nested boxes."""
        box = _box if _box is not None else _GroupBox()
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain, _box=box)
                yield from box.emit(_cause_message)
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain, _box=box)
                yield from box.emit(_context_message)
        if self.exceptions is None:
            if self.exc_traceback is not None:
                yield from box.emit('Traceback (most recent call last):\n')
            yield from box.emit(self.stack.format())
            yield from box.emit(self.format_exception_only())
        elif box.depth > self.max_group_depth:
            yield from box.emit('... (max_group_depth is {})\n'.format(self.max_group_depth))
        else:
            yield from self._format_group(chain, box)

    def _format_group(self, chain, box):
        top = box.depth == 0
        if top:
            box.depth = 1
        if self.exc_traceback is not None:
            yield from box.emit('Exception Group Traceback (most recent call last):\n',
                                '+' if top else '|')
            yield from box.emit(self.stack.format())
        yield from box.emit(self.format_exception_only())
        width = self.max_group_width
        shown = len(self.exceptions) if len(self.exceptions) <= width else width + 1
        box.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                box.need_close = True   # unless a nested box closes it first
            title = str(i + 1) if i < width else '...'
            yield '{}{}+---------------- {} ----------------\n'.format(
                box.indent(), '+-' if i == 0 else '  ', title)
            box.depth += 1
            if i < width:
                yield from self.exceptions[i].format(chain=chain, _box=box)
            else:
                more = len(self.exceptions) - width
                yield from box.emit('and {} more exception{}\n'.format(more, 's' if more > 1 else ''))
            if last and box.need_close:
                yield box.indent() + '+------------------------------------\n'
                box.need_close = False
            box.depth -= 1
        if top:
            box.depth = 0
