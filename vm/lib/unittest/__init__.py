"""unittest for gilvm: CPython's unit testing framework, everyday API.

Tests are methods named test* of TestCase subclasses, checking with the
assert* methods; a TestLoader gathers them into TestSuites, a
TextTestRunner runs a suite and prints the outcome, and main() does both
for a module from the command line:

    import unittest

    class TestSum(unittest.TestCase):
        def test_small(self):
            self.assertEqual(sum([1, 2]), 3)

    if __name__ == '__main__':
        unittest.main()

The submodules: case (TestCase, asserts, skip decorators, subTest),
result (TestResult, TextTestResult, TextTestRunner), loader (TestSuite,
TestLoader, main); the messages' diffs come from difflib.
Behaviour and output follow CPython 3.11's unittest, in particular a test's
str() is "test_x (module.Class.test_x)" and the summary line is
"OK (skipped=1)" / "FAILED (failures=1, errors=2)".

What differs from CPython:
  - discovery is TestLoader.discover(start_dir, pattern, top_level_dir)
    and "gilvm -m unittest" with no test names (the current folder); there
    is no "discover" subcommand with -s/-p/-t
  - no unittest.mock, no IsolatedAsyncioTestCase
  - tracebacks are gilvm's (3.8 layout, no ^^^ markers; a failure at the
    end of a with block, e.g. "KeyError not raised", names the block's
    last line as 3.8 does, not the with line); unittest's own frames are
    left out by file name, not by a __unittest global; --locals
    (tb_locals) shows no locals
  - the -h help is gilvm's argparse's (3.8 wording), with other examples;
    makeSuite() and friends do not warn
  - -c / catchbreak and installHandler() are accepted but do nothing, and
    registerResult() keeps nothing"""

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups)
from .result import (TestResult, TextTestResult, TextTestRunner, installHandler,
                     registerResult, removeResult, removeHandler)
from .loader import (BaseTestSuite, TestSuite, TestLoader, defaultTestLoader,
                     TestProgram, main, getTestCaseNames, makeSuite, findTestCases)

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult',
           'installHandler', 'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite', 'findTestCases']
