# doctest's option flags, directives, diff reports, the parser's errors,
# testfile, DebugRunner, DocTestSuite and `-m doctest`.
import doctest
import io
import os
import subprocess
import sys
import tempfile
import unittest

# python3 makes the script's __file__ absolute, gilvm (as 3.8) keeps it as
# given: the reports name the file by its base name either way.
__file__ = os.path.basename(__file__)


def run(f, flags=0, verbose=False):
    doctest.run_docstring_examples(f, {'f': f}, verbose=verbose, name=f.__name__, optionflags=flags)


def ellipsis():
    """
    >>> print(list(range(10)))
    [0, 1, ..., 9]
    >>> print('abc')  # doctest: -ELLIPSIS
    a...c
    >>> print('a...c')  # doctest: -ELLIPSIS
    a...c
    """


def whitespace():
    """
    >>> print('1   2\\n3')
    1 2 3
    >>> print('x')  # doctest: +NORMALIZE_WHITESPACE
    y
    """


def blanklines():
    """
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> print('')
    <BLANKLINE>
    """


def truth():
    """
    >>> 3 > 2
    1
    >>> None
    >>> print(end='')
    >>> print('out')
    """


def many_lines():
    """
    >>> for i in range(5): print(i)
    0
    1
    22
    3
    4
    """


def firsts():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    >>> 6
    7
    """


def excs():
    """
    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "somewhere", line 1, in <module>
    KeyError: 'k'
    >>> raise TypeError('a\\nb')
    Traceback (innermost last):
    TypeError: a
    b
    >>> import fractions; fractions.Fraction(1, 0)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    other.module.ZeroDivisionError: ...
    >>> raise IndexError('i')  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    IndexError: ...
    """


print("-- ellipsis, with ELLIPSIS on")
run(ellipsis, doctest.ELLIPSIS)
print("-- whitespace, NORMALIZE_WHITESPACE on")
run(whitespace, doctest.NORMALIZE_WHITESPACE)
print("-- whitespace, off")
run(whitespace)
print("-- blank lines")
run(blanklines)
print("-- blank lines, DONT_ACCEPT_BLANKLINE")
run(blanklines, doctest.DONT_ACCEPT_BLANKLINE)
print("-- truth, nothing expected")
run(truth)
print("-- truth, DONT_ACCEPT_TRUE_FOR_1")
run(truth, doctest.DONT_ACCEPT_TRUE_FOR_1)
for flag in ('REPORT_NDIFF', 'REPORT_UDIFF', 'REPORT_CDIFF'):
    print("--", flag)
    run(many_lines, doctest.OPTIONFLAGS_BY_NAME[flag])
print("-- REPORT_ONLY_FIRST_FAILURE")
run(firsts, doctest.REPORT_ONLY_FIRST_FAILURE)
print("-- FAIL_FAST")
run(firsts, doctest.FAIL_FAST)
print("-- exceptions, verbose")
run(excs, verbose=True)

print("-- flags")
print(doctest.ELLIPSIS, doctest.SKIP, doctest.REPORT_NDIFF, doctest.FAIL_FAST,
      doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))

print("-- the parser")
p = doctest.DocTestParser()
for e in p.get_examples("text\n  >>> x = [1,\n  ...      2]  # doctest: +ELLIPSIS\n  >>> x\n  [1, 2]\n\n"
                        "  >>> 1/0\n  Traceback (most recent call last):\n  ...\n  ZeroDivisionError: boom\n"):
    print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.indent, e.options)
for bad in (">>>x", "  >>> 1\n  ...2", "    >>> 1\n   2", "  >>> 1\n    ... 2",
            ">>> 1  # doctest: +NOPE", ">>> # doctest: +ELLIPSIS"):
    try:
        p.get_examples(bad, 'bad')
    except ValueError as e:
        print("ValueError:", e)
t = p.get_doctest(">>> 1\n1\n", {}, 'name', 'file.txt', 7)
print(t, t.name, t.filename, t.lineno, len(t.examples))

print("-- testfile, DebugRunner, DocTestSuite, -m doctest")
with tempfile.TemporaryDirectory() as tmp:
    here = os.getcwd()
    os.chdir(tmp)
    with open('ex.txt', 'w') as fh:
        fh.write("Prose.\n\n    >>> y = 2\n    >>> y + 1\n    3\n    >>> y\n    4\n")
    print(doctest.testfile('ex.txt', module_relative=False))
    print(doctest.testfile('ex.txt', module_relative=False, verbose=True, name='named'))
    print(doctest.testfile('ex.txt', module_relative=False, extraglobs={'y': 4}, report=False))
    try:
        doctest.testfile('ex.txt', module_relative=False, raise_on_error=True)
    except doctest.DocTestFailure as e:
        print("DocTestFailure:", e.example.source.strip(), repr(e.got))
    with open('mod1.py', 'w') as fh:
        fh.write('"""\n>>> double(2)\n4\n"""\n\ndef double(x):\n    """\n    >>> double(5)\n'
                 '    10\n    >>> double("a")\n    \'aa\'\n    >>> double(0)\n    1\n    """\n'
                 '    return x * 2\n\ndef noisy():\n    """\n    >>> noisy()\n    Traceback (most recent call last):\n'
                 '    KeyError: 3\n    """\n    raise KeyError(3)\n')
    for argv in (['mod1.py'], ['-v', 'mod1.py'], ['-o', 'FAIL_FAST', 'mod1.py']):
        r = subprocess.run([sys.executable, '-m', 'doctest'] + argv, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True)
        print("exit", r.returncode)
        print(r.stdout.replace(os.path.realpath(tmp) + os.sep, '').replace(tmp + os.sep, ''), end='')
    sys.path.insert(0, tmp)
    import mod1
    del sys.path[0]
    try:
        doctest.testmod(mod1, raise_on_error=True)
    except doctest.DocTestFailure as e:
        print("DocTestFailure:", e.test.name, e.example.source.strip(), repr(e.got))
    suite = doctest.DocTestSuite(mod1)
    print(suite.countTestCases(), sorted(t.id() for t in suite))
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
    print([str(t) for t, _ in result.failures])
    files = doctest.DocFileSuite('ex.txt', module_relative=False)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(files)
    print("ran", result.testsRun, "failures", [(str(t), t.id()) for t, _ in result.failures])
    print(result.failures[0][1].split('AssertionError: ')[1], end='')
    os.chdir(here)

print("-- script_from_examples")
print(doctest.script_from_examples("""
Some text.

    >>> x = 1
    >>> x + 1
    2

More text
    >>> for i in range(2):
    ...     print(i)
    0
    1
"""), end='')
