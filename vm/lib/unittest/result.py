"""unittest.result for gilvm: TestResult, and the text runner that prints one.

A TestResult collects what the tests report: failures and errors as
(test, formatted traceback) pairs, skips as (test, reason), expected
failures, unexpected successes.  TextTestResult also prints as it goes (a
character per test, or a line per test at verbosity 2) and then the list
of failures; TextTestRunner runs a test with one and prints the summary,
in CPython 3.11's words.

Tracebacks are gilvm's own text (traceback.format_exception) with the
frames of unittest's files taken out, as CPython hides its frames; with
buffer=True the test's stdout and stderr are captured and shown with its
failure."""

import sys
import io
import os
import time
import warnings
import traceback

from .case import strclass, _SubTest

__all__ = ['TestResult', 'TextTestResult', 'TextTestRunner', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler']

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'

_HERE = os.path.dirname(__file__) + '/'


def _is_unittest_frame(chunk):
    if not chunk.startswith('  File "'):
        return False
    end = chunk.find('"', 8)
    return end > 0 and chunk[8:end].startswith(_HERE)


def _format_exc_info(err):
    chunks = traceback.format_exception(err[0], err[1], err[2])
    kept = [c for c in chunks if not _is_unittest_frame(c)]
    # a traceback left with no frames loses its header too, as in CPython
    return [c for i, c in enumerate(kept)
            if not (c == 'Traceback (most recent call last):\n'
                    and not (i + 1 < len(kept) and kept[i + 1].startswith('  File "')))]


class TestResult:
    """What a run of tests came to."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """Called by TestRunner after the tests have run."""

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                self._original_stdout.write(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                self._original_stderr.write(STDERR_LINE % error)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            captured.seek(0)
            captured.truncate()

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        """err is (type, value, traceback), as sys.exc_info() gives."""
        self._stop_if_failfast()
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addFailure(self, test, err):
        self._stop_if_failfast()
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """A subtest ended: err is None if it passed."""
        if err is not None:
            self._stop_if_failfast()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self._stop_if_failfast()
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """No failures, errors or unexpected successes."""
        return (len(self.failures) == len(self.errors) == 0
                and len(self.unexpectedSuccesses) == 0)

    def stop(self):
        """Ask the suite to stop before its next test."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        lines = _format_exc_info(err)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class _WritelnDecorator:
    """A stream with writeln() added."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A TestResult that prints: '.', 'F', 'E', 's', 'x', 'u' per test at
    verbosity 1, 'description ... status' lines at 2, nothing at 0."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        # a subtest's status, or one after other output, gets its own line
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _mark(self, test, status, char):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._mark(subtest, 'FAIL', 'F')
            else:
                self._mark(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._mark(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._mark(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._mark(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._mark(test, 'skipped {0!r}'.format(reason), 's')

    # 3.11 writes these two statuses straight out, not through _write_status
    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._mark_plain('expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._mark_plain('unexpected success', 'u')

    def _mark_plain(self, status, char):
        if self.showAll:
            self.stream.writeln(status)
        elif self.dots:
            self.stream.write(char)
        self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a test with a TextTestResult on stream (sys.stderr if None),
    then prints the failures, 'Ran N tests in T.TTTs' and OK or FAILED."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run test (a case or suite); print and return the result."""
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ('default', 'always'):
                    # the old assert names warn once per module, not per call
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            start = time.perf_counter()
            startTestRun = getattr(result, 'startTestRun', None)
            if startTestRun is not None:
                startTestRun()
            try:
                test(result)
            finally:
                stopTestRun = getattr(result, 'stopTestRun', None)
                if stopTestRun is not None:
                    stopTestRun()
            taken = time.perf_counter() - start
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (run, 's' if run != 1 else '', taken))
        self.stream.writeln()
        self._print_summary(result)
        return result

    def _print_summary(self, result):
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            if result.failures:
                infos.append('failures=%d' % len(result.failures))
            if result.errors:
                infos.append('errors=%d' % len(result.errors))
        else:
            self.stream.write('OK')
        for name, items in (('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
                            ('unexpected successes', 'unexpectedSuccesses')):
            count = len(getattr(result, items, ()))
            if count:
                infos.append('%s=%d' % (name, count))
        if infos:
            self.stream.writeln(' (%s)' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()


# ---- Control-C handling (-c): accepted and does nothing here; Control-C
# interrupts the run at once rather than letting the current test finish.

def registerResult(result):
    pass


def removeResult(result):
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None
