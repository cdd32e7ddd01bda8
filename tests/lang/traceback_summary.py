# traceback's StackSummary/FrameSummary/TracebackException machinery and the
# extract/format/print/walk functions over tracebacks and stacks.
import io
import sys
import traceback
from traceback import FrameSummary, StackSummary, TracebackException

FILE = __file__


def clean(text):
    return text.replace(FILE, 'FILE')


def inner(n):
    local_value = n * 2
    raise ValueError('bad %d' % local_value)


def middle(n):
    inner(n)


def outer():
    middle(4)


try:
    outer()
except ValueError as e:
    exc = e
tb = exc.__traceback__

# walk_tb: each entry's frame and line, outermost first
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno, frame.f_code.co_filename == FILE,
          frame.f_globals is globals())
print([t.tb_frame.f_code.co_name for t in (tb, tb.tb_next, tb.tb_next.tb_next)])
print(sorted(tb.tb_next.tb_next.tb_next.tb_frame.f_locals.items()))

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for entry in summary:
    print(entry.filename == FILE, entry.lineno, entry.name, repr(entry.line))
last = summary[-1]
print(clean(repr(last)), len(last), last[1:3], clean(str(tuple(last))))
fn, line, name, src = last
print(line, name, src)
print(last == (FILE, last.lineno, 'inner', "raise ValueError('bad %d' % local_value)"))
print([e.name for e in traceback.extract_tb(tb, limit=2)], [e.name for e in traceback.extract_tb(tb, limit=-1)])

print(''.join(clean(s) for s in traceback.format_tb(tb)), end='')
print([clean(s) for s in traceback.format_tb(tb, limit=1)])
out = io.StringIO()
traceback.print_tb(tb, limit=-2, file=out)
print(clean(out.getvalue()), end='')

# format_list / print_list take FrameSummary entries or plain 4-tuples
print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 7, 'g', None)]))
out = io.StringIO()
traceback.print_list([('a.py', 3, 'f', '  y = 2  ')], file=out)
print(repr(out.getvalue()))

# FrameSummary: looked-up lines, given lines, captured locals
fs = FrameSummary('nowhere.py', 5, 'fn', line='given')
print(fs.line, fs.locals, fs == ('nowhere.py', 5, 'fn', 'given'))
print(repr(FrameSummary('nowhere.py', 5, 'fn').line))
print(FrameSummary(FILE, 16, 'inner').line)
fs = FrameSummary('f.py', 1, 'g', locals={'a': 1, 'b': 'two'}, line='pass')
print(fs.locals)
print(StackSummary.from_list([fs]).format())
print(FrameSummary('f.py', 1, 'g', line='') == FrameSummary('f.py', 1, 'g', line='other'))

# StackSummary.extract with captured locals, and the recursion cutoff
captured = StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
print(captured[-1].locals)
print(sorted(captured[-2].locals))
many = StackSummary.from_list([('r.py', 9, 'rec', 'rec()')] * 6 + [('r.py', 2, 'end', 'stop')])
for chunk in many.format():
    print(repr(chunk))
print(StackSummary.from_list([('r.py', 9, 'rec', 'rec()')] * 4).format()[-1], end='')


# stacks: extract_stack/format_stack/walk_stack from a nested call
def probe(depth):
    if depth:
        return probe(depth - 1)
    here = sys._getframe()
    stack = traceback.extract_stack()
    names = [e.name for e in stack[-4:]]
    walked = [f.f_code.co_name for f, _ in traceback.walk_stack(here)][:4]
    short = traceback.extract_stack(limit=2)
    return names, walked, [e.name for e in short], traceback.format_stack(limit=1)


names, walked, short, formatted = probe(2)
print(names, walked, short)
print([clean(s) for s in formatted])
out = io.StringIO()


def printer():
    traceback.print_stack(limit=1, file=out)


printer()
print(clean(out.getvalue()), end='')

# TracebackException: stack, str, chain through __cause__ and __context__
te = TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[-1].name)
print(''.join(clean(s) for s in te.format()), end='')
print(list(te.format_exception_only()))


class AppError(Exception):
    pass


def parse(text):
    if not text.isdigit():
        raise ValueError('not a number: %r' % text)


def convert(text):
    try:
        parse(text)
    except ValueError as e:
        raise AppError('cannot convert %r' % text) from e


def handle():
    try:
        convert('zz')
    except AppError:
        raise KeyError('during handling')


try:
    handle()
except KeyError as e:
    chained = e
te = TracebackException.from_exception(chained)
print(type(te.__context__).__name__, te.__context__.exc_type.__name__,
      te.__context__.__cause__.exc_type.__name__, te.__suppress_context__)
print(''.join(clean(s) for s in te.format()), end='')
print('---')
print(''.join(clean(s) for s in te.format(chain=False)), end='')
print('---')
print(''.join(clean(s) for s in traceback.format_exception(type(chained), chained, chained.__traceback__, limit=1)), end='')

try:
    try:
        raise OSError('first')
    except OSError:
        raise LookupError('second') from None
except LookupError as e:
    suppressed = e
te = TracebackException.from_exception(suppressed)
print(te.__suppress_context__, te.__context__.exc_type.__name__)
print(''.join(clean(s) for s in te.format()), end='')

# an exception that is its own context ends the chain
loop = RuntimeError('loop')
loop.__context__ = loop
print(list(TracebackException.from_exception(loop).format()))

# format_exception_only: bare types, empty messages, unprintable values, modules


class Unprintable(Exception):
    def __str__(self):
        raise TypeError('no')


print(traceback.format_exception_only(AppError, AppError()))
print(traceback.format_exception_only(Unprintable, Unprintable())[0].startswith('Unprintable: <'))
print(traceback.format_exception_only(io.UnsupportedOperation, io.UnsupportedOperation('x')))
print(traceback.format_exception_only(type(None), None))
print(traceback.format_exception(None, None, None))

# format_exc and print_exc go through the same machinery
try:
    convert('q')
except AppError:
    text = traceback.format_exc()
    out = io.StringIO()
    traceback.print_exc(file=out)
    short = traceback.format_exc(limit=1, chain=False)
print(text == out.getvalue(), text.count('Traceback'), clean(short), end='')
print(text.endswith("AppError: cannot convert 'q'\n"))

old = getattr(sys, 'tracebacklimit', None)
sys.tracebacklimit = 1
print(len(traceback.extract_tb(tb)), traceback.extract_tb(tb)[0].name)
del sys.tracebacklimit
print(len(traceback.extract_tb(tb)))
traceback.clear_frames(tb)
print(TracebackException.from_exception(exc) == TracebackException.from_exception(exc))
