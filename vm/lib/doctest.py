"""doctest for gilvm: runs the interactive examples written in docstrings.

An example is a '>>> ' line, its '... ' continuation lines, and the lines
after it up to a blank line or the next prompt: the output it must print.
Each example is compiled in 'single' mode (so a bare expression echoes
through sys.displayhook, as at the prompt) and run in a copy of its
module's globals, with sys.stdout captured and compared with the
expectation under the option flags.  Reports and summaries are worded as
python3's, so a program's `doctest.testmod()` prints the same lines.
Debugging (pdb) hooks are not supported: DebugRunner raises instead."""

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1',
           'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
           'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
           'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
           'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
           'DocTestRunner', 'OutputChecker', 'DocTestFailure',
           'UnexpectedException', 'DebugRunner', 'testmod', 'testfile',
           'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
           'set_unittest_reportflags', 'script_from_examples',
           'TestResults', 'BLANKLINE_MARKER', 'ELLIPSIS_MARKER']

import builtins
import difflib
import inspect
import io
import linecache
import os
import re
import sys
import traceback
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag called name, made the next free bit the first time."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
DIVIDER = '*' * 70


def _indented(text, n=4):
    """text with n spaces before every line that has something."""
    pad = ' ' * n
    return ''.join(pad + line if line.strip('\n') else line
                   for line in text.splitlines(True))


def _with_newline(text):
    return text if not text or text.endswith('\n') else text + '\n'


def _traceback_text(exc_info):
    out = io.StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=out)
    return out.getvalue()


def _exception_core(msg):
    """An exception line's type name without its module and without the
    message: what IGNORE_EXCEPTION_DETAIL compares."""
    first = msg.split('\n', 1)[0]
    name = first.split(':', 1)[0]
    return name.rsplit('.', 1)[-1]


# ---- examples and the parser ----------------------------------------------

class Example:
    """One example: its source and expected output (each ending with a
    newline), exc_msg (the expected exception's last line, or None), its
    line within the docstring (from 0), indentation and option changes."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        self.source = _with_newline(source)
        self.want = _with_newline(want)
        self.exc_msg = _with_newline(exc_msg) if exc_msg is not None else None
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.exc_msg, self.lineno, self.indent))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        if isinstance(examples, str):
            raise TypeError("DocTest no longer accepts str; use DocTestParser instead")
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        count = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                           self.filename, self.lineno, count)

    def _key(self):
        return (self.name, self.filename, self.lineno if self.lineno is not None else -1, id(self))

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.name, self.filename, self.lineno, self.docstring))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


_TRACEBACK_HEADER = re.compile(r'Traceback \((most recent call last|innermost last)\):[ \t]*$')
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_BLANK_OR_COMMENT = re.compile(r'[ ]*(#.*)?$')


def _is_blank(line):
    return not line.strip(' ')


def _prompt_at(line, prompt):
    """The indentation of line if it starts (after spaces) with prompt."""
    body = line.lstrip(' ')
    return len(line) - len(body) if body.startswith(prompt) else -1


class DocTestParser:
    """Finds the examples in a docstring."""

    def parse(self, string, name='<string>'):
        """The docstring as a list alternating prose (str) and Examples."""
        lines = self._dedent(string.expandtabs()).split('\n')
        pieces, prose, i = [], [], 0
        while i < len(lines):
            indent = _prompt_at(lines[i], '>>>')
            if indent < 0:
                prose.append(lines[i])
                i += 1
                continue
            start = i
            source, i = self._source_lines(lines, i, indent, name)
            want, i = self._want_lines(lines, i, indent, name, start)
            pieces.append('\n'.join(prose) + ('\n' if prose else ''))
            prose = []
            example = self._example(source, want, indent, start, name)
            if example is not None:
                pieces.append(example)
        pieces.append('\n'.join(prose))
        return pieces

    def get_examples(self, string, name='<string>'):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename,
                       lineno, string)

    @staticmethod
    def _dedent(text):
        lines = text.split('\n')
        depths = [len(l) - len(l.lstrip(' ')) for l in lines if l.strip(' ')]
        n = min(depths) if depths else 0
        return '\n'.join(l[n:] for l in lines) if n else text

    def _source_lines(self, lines, i, indent, name):
        """The prompt line at i and its continuation lines, prompts cut;
        python3 checks every prompt's blank before the indentation."""
        end = i + 1
        while end < len(lines) and _prompt_at(lines[end], '...') >= 0:
            end += 1
        for k in range(i, end):
            self._check_blank_after(lines[k], indent, k, name)
        for k in range(i + 1, end):
            if not lines[k].startswith(' ' * indent + '...'):
                self._inconsistent(k, name, lines[k])
        return [line[indent + 4:] for line in lines[i:end]], end

    def _want_lines(self, lines, i, indent, name, start):
        """The expected output after an example: up to a blank line or the
        next prompt, each line's indentation cut."""
        out = []
        while i < len(lines) and not _is_blank(lines[i]) and _prompt_at(lines[i], '>>>') < 0:
            line = lines[i]
            if not line.startswith(' ' * indent):
                self._inconsistent(i, name, line)
            out.append(line[indent:])
            i += 1
        return out, i

    @staticmethod
    def _inconsistent(i, name, line):
        raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                         % (i + 1, name, line))

    @staticmethod
    def _check_blank_after(line, indent, i, name):
        if len(line) > indent + 3 and line[indent + 3] != ' ':
            raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                             % (i + 1, name, line[indent:indent + 3], line))

    def _example(self, source_lines, want_lines, indent, lineno, name):
        source = '\n'.join(source_lines)
        want = '\n'.join(want_lines) + ('\n' if want_lines else '')
        options = self._options(source, name, lineno)
        if _BLANK_OR_COMMENT.match(source) and '\n' not in source:
            if options:
                raise ValueError('line %r of the doctest for %s has an option directive on a line '
                                 'with no example: %r' % (lineno, name, source))
            return None
        exc_msg = None
        if want_lines and _TRACEBACK_HEADER.match(want_lines[0]):
            tail = [k for k, l in enumerate(want_lines[1:], 1) if l[:1].isalnum() or l[:1] == '_']
            if tail:
                exc_msg = '\n'.join(want_lines[tail[0]:]) + '\n'
        return Example(source, want, exc_msg, lineno=lineno, indent=indent,
                       options=options)

    @staticmethod
    def _options(source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for word in m.group(1).replace(',', ' ').split():
                if word[:1] not in '+-' or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        return options


# ---- finding the docstrings -----------------------------------------------

class DocTestFinder:
    """The DocTests of an object: its docstring's, and for a module or a
    class those of the functions, classes, methods and properties it
    defines (and a module's __test__ entries)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._skip_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = self._source_lines(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        if self._verbose:
            print('Finding tests in %s' % name)
        tests = []
        self._walk(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    @staticmethod
    def _source_lines(obj, module):
        path = getattr(module, '__file__', None) if module is not None else None
        if path is None:
            try:
                path = inspect.getfile(obj)
            except (TypeError, OSError):
                return None
        if not path:
            return None
        lines = linecache.getlines(path, module.__dict__ if module is not None else None)
        return lines or None

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj) or inspect.ismethoddescriptor(obj) or inspect.isbuiltin(obj):
            owner = getattr(obj, '__objclass__', obj)
            return getattr(owner, '__module__', None) == module.__name__
        if isinstance(obj, property):
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        raise ValueError("object must be a class or function")

    def _walk(self, tests, obj, name, module, source_lines, globs, seen):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._test_of(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        for child_name, child in self._children(obj, name, module):
            self._walk(tests, child, child_name, module, source_lines, globs, seen)

    def _children(self, obj, name, module):
        """(qualified name, object) of what obj holds that has doctests."""
        if inspect.ismodule(obj):
            for attr, value in vars(obj).items():
                if ((inspect.isroutine(inspect.unwrap(value)) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    yield '%s.%s' % (name, attr), value
            for attr, value in getattr(obj, '__test__', {}).items():
                self._check_test_entry(attr, value)
                yield '%s.__test__.%s' % (name, attr), value
        elif inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if ((inspect.isroutine(value) or inspect.isclass(value) or isinstance(value, property))
                        and self._from_module(module, value)):
                    yield '%s.%s' % (name, attr), value

    @staticmethod
    def _check_test_entry(key, val):
        if not isinstance(key, str):
            raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(key),))
        if not (inspect.isroutine(val) or inspect.isclass(val) or inspect.ismodule(val)
                or isinstance(val, str)):
            raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, "
                             "methods, classes, or modules: %r" % (type(val),))

    def _test_of(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                doc = obj.__doc__
                docstring = '' if doc is None else doc if isinstance(doc, str) else str(doc)
            except (TypeError, AttributeError):
                docstring = ''
        if self._skip_empty and not docstring:
            return None
        filename = None
        if module is not None:
            filename = module.__dict__.get('__file__') or module.__name__
        lineno = self._line_of(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    @staticmethod
    def _line_of(obj, source_lines):
        """The line (from 0) where obj's docstring starts, or None."""
        start = None
        if inspect.ismodule(obj):
            start = 0
        elif inspect.isclass(obj) and source_lines is not None:
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            start = next((i for i, l in enumerate(source_lines) if header.match(l)), None)
        else:
            if isinstance(obj, property):
                obj = obj.fget
            if inspect.ismethod(obj):
                obj = obj.__func__
            if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
                obj = obj.__code__
            if inspect.istraceback(obj):
                obj = obj.tb_frame
            if inspect.isframe(obj):
                obj = obj.f_code
            if inspect.iscode(obj):
                start = obj.co_firstlineno - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        opens_string = re.compile(r'(^|.*:)\s*\w*("|\')')
        for i in range(start, len(source_lines)):
            if opens_string.match(source_lines[i]):
                return i
        return None


# ---- comparing output ------------------------------------------------------

def _matches_with_ellipsis(want, got):
    """Whether got is want with each '...' standing for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    parts = want.split(ELLIPSIS_MARKER)
    head, tail = parts[0], parts[-1]
    if not got.startswith(head) or not got.endswith(tail) or len(head) + len(tail) > len(got):
        return False
    pos, end = len(head), len(got) - len(tail)
    for part in parts[1:-1]:
        at = got.find(part, pos, end)
        if at < 0:
            return False
        pos = at + len(part)
    return True


class OutputChecker:
    """Whether an example's output matches its expectation, and how they
    differ when not."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = '\n'.join(line if line.strip() else '' for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got, want = ' '.join(got.split()), ' '.join(want.split())
            if got == want:
                return True
        return bool(optionflags & ELLIPSIS) and _matches_with_ellipsis(want, got)

    @staticmethod
    def _fancy(want, got, optionflags):
        if optionflags & REPORT_NDIFF:
            return True
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            return False
        return min(want.count('\n'), got.count('\n')) >= 3

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._fancy(want, got, optionflags):
            return self._diff(want, got, optionflags)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indented(want), _indented(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indented(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indented(got)
        return 'Expected nothing\nGot nothing\n'

    @staticmethod
    def _diff(want, got, optionflags):
        a, b = want.splitlines(True), got.splitlines(True)
        if optionflags & REPORT_UDIFF:
            lines = list(difflib.unified_diff(a, b, n=2))[2:]
            kind = 'unified diff with -expected +actual'
        elif optionflags & REPORT_CDIFF:
            lines = list(difflib.context_diff(a, b, n=2))[2:]
            kind = 'context diff with expected followed by actual'
        else:
            lines = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(a, b))
            kind = 'ndiff with -expected +actual'
        body = ''.join(line.rstrip() + '\n' for line in lines)
        return 'Differences (%s):\n' % kind + _indented(body)


# ---- running ----------------------------------------------------------------

class _CapturedOut(io.StringIO):
    """sys.stdout while an example runs; what it holds ends with a newline."""

    def getvalue(self):
        return _with_newline(super().getvalue())

    def truncate(self, size=None):
        self.seek(size if size is not None else 0)
        return super().truncate()


class DocTestRunner:
    """Runs DocTests, reports each failure, and tallies what ran."""

    DIVIDER = DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._output_checker = checker or OutputChecker()
        self._verbose = '-v' in sys.argv if verbose is None else verbose
        self.optionflags = optionflags
        self._initial_flags = optionflags
        self.tries = 0
        self.failures = 0
        self._totals = {}
        self._fakeout = _CapturedOut()

    # The report_* methods a subclass may change.
    def report_start(self, out, test, example):
        if self._verbose:
            expecting = ('Expecting:\n' + _indented(example.want) if example.want
                         else 'Expecting nothing\n')
            out('Trying:\n' + _indented(example.source) + expecting)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._header_for(test, example) +
            self._output_checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._header_for(test, example) + 'Exception raised:\n' +
            _indented(_traceback_text(exc_info)))

    def _header_for(self, test, example):
        head = [self.DIVIDER]
        if test.filename:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            head.append('File "%s", line %s, in %s' % (test.filename, line, test.name))
        else:
            head.append('Line %s, in %s' % (example.lineno + 1, test.name))
        head.append('Failed example:')
        head.append(_indented(example.source))
        return '\n'.join(head)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        saved = (sys.displayhook, linecache.getlines)
        sys.stdout = self._fakeout
        sys.displayhook = sys.__displayhook__
        linecache.getlines = self._example_lines
        try:
            return self._run(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            sys.displayhook, linecache.getlines = saved
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def _example_lines(self, filename, module_globals=None):
        """linecache.getlines, which also knows the examples' source, so a
        traceback through an example shows its line."""
        m = re.match(r'<doctest (?P<name>.+)\[(?P<num>\d+)\]>$', filename)
        test = getattr(self, 'test', None)
        if m and test is not None and m.group('name') == test.name:
            return test.examples[int(m.group('num'))].source.splitlines(True)
        return _getlines(filename, module_globals)

    def _options_for(self, example):
        flags = self._initial_flags
        for flag, on in example.options.items():
            flags = flags | flag if on else flags & ~flag
        return flags

    def _run(self, test, compileflags, out):
        failures = tries = 0
        self._initial_flags = self.optionflags
        base = self.optionflags
        for num, example in enumerate(test.examples):
            # python3 decides from the flags the previous example left
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = self._options_for(example)
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            failed = self._run_example(test, num, example, compileflags, out, quiet)
            failures += failed
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    def _run_example(self, test, num, example, compileflags, out, quiet):
        """1 if the example failed, else 0 (reported unless quiet)."""
        filename = '<doctest %s[%d]>' % (test.name, num)
        exc_info = None
        try:
            exec(compile(example.source, filename, 'single', compileflags, True), test.globs)
        except KeyboardInterrupt:
            raise
        except BaseException:
            kind, value, tb = sys.exc_info()
            exc_info = (kind, value, tb.tb_next or tb)   # not this frame
        got = self._fakeout.getvalue()
        self._fakeout.truncate(0)
        check = self._output_checker.check_output
        if exc_info is None:
            if check(example.want, got, self.optionflags):
                return self._passed(out, test, example, got, quiet)
            return self._failed(out, test, example, got, quiet)
        exc_msg = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
        if not quiet:
            got += _traceback_text(exc_info)
        if example.exc_msg is None:
            if not quiet:
                self.report_unexpected_exception(out, test, example, exc_info)
            return 1
        if (check(example.exc_msg, exc_msg, self.optionflags) or
                (self.optionflags & IGNORE_EXCEPTION_DETAIL and
                 check(_exception_core(example.exc_msg), _exception_core(exc_msg), self.optionflags))):
            return self._passed(out, test, example, got, quiet)
        return self._failed(out, test, example, got, quiet)

    def _passed(self, out, test, example, got, quiet):
        if not quiet:
            self.report_success(out, test, example, got)
        return 0

    def _failed(self, out, test, example, got, quiet):
        if not quiet:
            self.report_failure(out, test, example, got)
        return 1

    def _record(self, test, failures, tries):
        f, t = self._totals.get(test.name, (0, 0))
        self._totals[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._totals.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), 'items had no tests:')
                for name in sorted(empty):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_tries, 'tests in', len(self._totals), 'items.')
            print(total_tries - total_failures, 'passed and', total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._totals.items():
            f0, t0 = self._totals.get(name, (0, 0))
            self._totals[name] = (f0 + f, t0 + t)


_getlines = linecache.getlines


def _future_flags(globs):
    flags = 0
    for name in ('division', 'absolute_import', 'with_statement', 'print_function',
                 'unicode_literals', 'generator_stop', 'annotations'):
        feature = globs.get(name)
        if feature is not None and type(feature).__name__ == '_Feature':
            flags |= feature.compiler_flag
    return flags


class DocTestFailure(Exception):
    """An example printed something else (DebugRunner raises it)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised what it did not expect (DebugRunner raises it)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Stops at the first failing example by raising it, globals kept."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = super().run(test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---- the entry points ----------------------------------------------------------

master = None


def _merge_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _runner(verbose, optionflags, raise_on_error):
    cls = DebugRunner if raise_on_error else DocTestRunner
    return cls(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples of module m (default __main__) and of what it
    defines; returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _runner(verbose, optionflags, raise_on_error)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries)


def _relative_to_caller(filename, package, depth):
    """filename under package's folder, or under the calling module's."""
    if os.path.isabs(filename):
        raise ValueError("Module-relative files may not have absolute paths")
    if package is None:
        where = sys._getframe(depth).f_globals.get('__file__')
        base = os.path.dirname(where) if where else os.getcwd()
    else:
        if isinstance(package, str):
            package = __import__(package, {}, {}, '*')
        base = os.path.dirname(package.__file__)
    return os.path.join(base, *filename.split('/'))


def _read_text(filename, module_relative, package, encoding, depth):
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    path = _relative_to_caller(filename, package, depth + 1) if module_relative else filename
    with open(path, encoding=encoding or 'utf-8') as f:
        return f.read(), path


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples of a text file as one DocTest."""
    text, path = _read_text(filename, module_relative, package, encoding, 2)
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner = _runner(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, globs, name, path, 0))
    if report:
        runner.summarize()
    _merge_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None,
                           optionflags=0):
    """Runs the examples of f's own docstring, without a summary."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of s as a script: the prose and the expected output
    become comments."""
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            if piece.want:
                out.append('# Expected:')
                out += ['## ' + l for l in piece.want.split('\n')[:-1]]
        else:
            out += [('# ' + l).rstrip() if l.strip() else '#' for l in piece.split('\n')[:-1]]
    while out and out[-1] == '#':
        out.pop()
    while out and out[0] == '#':
        out.pop(0)
    return '\n'.join(out) + '\n'


# ---- unittest -----------------------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """The reporting flags every DocTestCase adds; returns the old ones."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old, _unittest_reportflags = _unittest_reportflags, flags
    return old


def _doctest_case_class():
    import unittest

    class DocTestCase(unittest.TestCase):
        """One DocTest as a unittest test: it fails with the report."""

        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._case_flags = optionflags
            self._case_checker = checker
            self._case_test = test
            self._case_setup = setUp
            self._case_teardown = tearDown

        def setUp(self):
            if self._case_setup is not None:
                self._case_setup(self._case_test)

        def tearDown(self):
            if self._case_teardown is not None:
                self._case_teardown(self._case_test)
            self._case_test.globs.clear()

        def runTest(self):
            test = self._case_test
            flags = self._case_flags
            if not flags & REPORTING_FLAGS:
                flags |= _unittest_reportflags
            runner = DocTestRunner(optionflags=flags, checker=self._case_checker, verbose=False)
            runner.DIVIDER = '-' * 70   # unittest's own separator is '='
            report = io.StringIO()
            failures, _ = runner.run(test, out=report.write, clear_globs=False)
            if failures:
                raise self.failureException(self.format_failure(report.getvalue()))

        def format_failure(self, err):
            test = self._case_test
            lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
            lname = test.name.rpartition('.')[2]
            return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def id(self):
            return self._case_test.name

        def __repr__(self):
            owner, _, last = self._case_test.name.rpartition('.')
            return '%s (%s)' % (last, owner)

        __str__ = __repr__

        def shortDescription(self):
            return 'Doctest: ' + self._case_test.name

    class DocFileCase(DocTestCase):
        """A text file's examples as a unittest test."""

        def id(self):
            return self._case_test.name.replace('.', '_')

        def __repr__(self):
            return self._case_test.filename

        __str__ = __repr__

        def format_failure(self, err):
            return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                    % (self._case_test.name, self._case_test.filename, err))

    return unittest, DocTestCase, DocFileCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test per docstring of module that has
    examples (module: a module, its name, or None for the caller's)."""
    unittest, case, _ = _doctest_case_class()
    if module is None:
        module = sys.modules[sys._getframe(1).f_globals['__name__']]
    elif isinstance(module, str):
        module = __import__(module, globals(), locals(), ['*'])
    finder = test_finder or DocTestFinder()
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            test.filename = getattr(module, '__file__', None)
        suite.addTest(case(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    """A unittest suite with one test per text file of examples."""
    unittest, _, case = _doctest_case_class()
    suite = unittest.TestSuite()
    module_relative = kw.pop('module_relative', True)
    package = kw.pop('package', None)
    encoding = kw.pop('encoding', None)
    parser = kw.pop('parser', DocTestParser())
    globs = dict(kw.pop('globs', None) or {})
    for path in paths:
        text, full = _read_text(path, module_relative, package, encoding, 2)
        g = dict(globs)
        g.setdefault('__file__', full)
        test = parser.get_doctest(text, g, os.path.basename(path), full, 0)
        suite.addTest(case(test, **kw))
    return suite


# ---- python -m doctest ------------------------------------------------------------

def _main(argv):
    import argparse
    p = argparse.ArgumentParser(description="doctest runner")
    p.add_argument('-v', '--verbose', action='store_true', default=False,
                   help='print very verbose output for all tests')
    p.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                   default=[], help='specify a doctest option flag to apply to the test run; '
                   'may be specified more than once to apply multiple options')
    p.add_argument('-f', '--fail-fast', action='store_true',
                   help='stop running tests after first failure (this is a shorthand for '
                   '-o FAIL_FAST, and is in addition to any other -o options)')
    p.add_argument('file', nargs='+', help='file containing the tests to run')
    args = p.parse_args(argv)
    flags = 0
    for name in args.option:
        flags |= OPTIONFLAGS_BY_NAME[name]
    if args.fail_fast:
        flags |= FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            folder, base = os.path.split(filename)
            sys.path.insert(0, folder)
            m = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=args.verbose, optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_main(sys.argv[1:]))
