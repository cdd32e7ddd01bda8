"""traceback for gilvm: print and format exceptions and the stack.

The text is the VM's own report of an uncaught exception (_traceback.format),
so print_exc() says exactly what an uncaught exception would have said.
Formatting functions return lists of strings the way CPython's do: one
string per frame entry (its "File" line and source line together), one per
header, separator and message line.  `limit` is accepted and ignored."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'format_stack',
           'print_exc', 'print_exception', 'print_stack', 'print_last', 'format_list',
           'extract_stack']


def _split(text):
    """The report's lines grouped as CPython's format_exception groups them."""
    lines = text.splitlines(True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        elif line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n':
            out.append(''.join(lines[i:i + 3]))   # a chain's separator, blank lines included
            i += 2
        else:
            out.append(line)
        i += 1
    return out


def format_exception(etype, value, tb=None, limit=None, chain=True):
    """The lines print_exception would print, as a list of strings."""
    if value is None:
        return ['NoneType: None\n']
    return _split(_traceback.format(value, chain))


def format_exception_only(etype, value):
    """The exception's last line(s): 'Type: message' (and a SyntaxError's location)."""
    if value is None:
        return ['NoneType: None\n']
    return [chunk for chunk in _split(_traceback.format(value, False))
            if chunk != 'Traceback (most recent call last):\n'
            and not (chunk.startswith('  File ') and ', in ' in chunk.split('\n', 1)[0])]


def print_exception(etype, value, tb=None, limit=None, file=None, chain=True):
    """Print the exception and its traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for chunk in format_exception(etype, value, tb, limit, chain):
        file.write(chunk)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, as an uncaught one prints."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return ''


def extract_stack(f=None, limit=None):
    """(filename, lineno, name, line) for each frame up to f (the caller
    when None), outermost first."""
    return _limited(_frames_of(f or sys._getframe(1)), limit)


def _frames_of(frame):
    frames = []
    while frame is not None:
        code = frame.f_code
        frames.append((code.co_filename, frame.f_lineno, code.co_name,
                       _source_line(code.co_filename, frame.f_lineno)))
        frame = frame.f_back
    frames.reverse()
    return frames


def _frames_from(depth):
    # depth 0 is the function calling _frames_from(); depth counts out from there
    try:
        return _frames_of(sys._getframe(depth + 1))
    except ValueError:
        return []


def _limited(frames, limit):
    if limit is None:
        return frames
    return frames[-limit:] if limit >= 0 else frames[:-limit]


def format_list(extracted):
    """One '  File ...' string per (filename, lineno, name, line) entry."""
    out = []
    for filename, lineno, name, line in extracted:
        entry = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            entry += '    %s\n' % line.strip()
        out.append(entry)
    return out


def format_stack(f=None, limit=None):
    """The stack up to f (the caller when None), outermost first, as
    format_list strings."""
    return format_list(_limited(_frames_of(f or sys._getframe(1)), limit))


def print_stack(f=None, limit=None, file=None):
    """Print the stack up to f (the caller when None), outermost first."""
    if file is None:
        file = sys.stderr
    for entry in format_list(_limited(_frames_of(f or sys._getframe(1)), limit)):
        file.write(entry)
