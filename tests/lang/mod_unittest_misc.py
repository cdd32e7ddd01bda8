# unittest: tracebacks through helper functions and chained exceptions,
# buffer=True (output captured, shown only for failing tests), failfast,
# FunctionTestCase, a custom TestResult, debug(), and the skip decorators.
import io
import re
import sys
import unittest


def report(text):
    text = re.sub(r'in \d+\.\d+s', 'in T.TTTs', text)
    text = re.sub(r'File "[^"]*/([^/"]+\.py)"', r'File "\1"', text)
    lines = [l for l in text.split('\n') if not (l.strip() and set(l.strip()) <= set('^~'))]
    print('\n'.join(lines))


def check_positive(n):
    if n <= 0:
        raise ValueError('not positive: %d' % n)
    return n


def deeper(n):
    return check_positive(n - 10)


class Tracebacks(unittest.TestCase):
    def test_helper(self):
        deeper(3)

    def test_chained(self):
        try:
            {}['missing']
        except KeyError:
            raise RuntimeError('lookup failed')

    def test_cause(self):
        try:
            check_positive(-1)
        except ValueError as e:
            raise TypeError('bad input') from e

    def test_assert_in_helper(self):
        self.check_pair(1, 2)

    def check_pair(self, a, b):
        self.assertEqual(a, b, 'pair')


class Buffered(unittest.TestCase):
    def test_quiet_pass(self):
        print('this output is swallowed')

    def test_noisy_fail(self):
        print('stdout of a failing test')
        sys.stderr.write('stderr of a failing test\n')
        self.fail('see the output')


class FailFast(unittest.TestCase):
    def test_1(self):
        self.fail('first')

    def test_2(self):
        print('test_2 must not run')


def plain_test():
    """A plain function as a test."""
    assert 1 + 1 == 2


def plain_failing():
    raise AssertionError('plain failure')


class Decorated(unittest.TestCase):
    @unittest.skipUnless(False, 'condition false')
    def test_unless(self):
        pass

    @unittest.skipIf(False, 'not skipped')
    def test_if(self):
        pass

    @unittest.skip
    def test_bare(self):
        pass


class Recording(unittest.TestResult):
    def startTest(self, test):
        super().startTest(test)
        print('start', test.id())

    def addSuccess(self, test):
        print('success', test.id())

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print('failure', test.id(), err[0].__name__, err[1])

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        print('skip', test.id(), repr(reason))

    def stopTest(self, test):
        print('stop', test.id())


def run(suite, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    report(stream.getvalue())
    return result


loader = unittest.TestLoader()
run(loader.loadTestsFromTestCase(Tracebacks))
print('--- buffer')
saved = sys.stdout, sys.stderr
sys.stdout = sys.stderr = capture = io.StringIO()
try:
    result = run(loader.loadTestsFromTestCase(Buffered), buffer=True, verbosity=2)
finally:
    sys.stdout, sys.stderr = saved
print('mirrored to the real streams:')
print(capture.getvalue())
print('--- failfast')
result = run(loader.loadTestsFromTestCase(FailFast), failfast=True)
print(result.shouldStop, result.testsRun)
print('--- FunctionTestCase')
suite = unittest.TestSuite([unittest.FunctionTestCase(plain_test),
                            unittest.FunctionTestCase(plain_failing, description='described')])
run(suite, verbosity=2)
ftc = unittest.FunctionTestCase(plain_test)
print(ftc.id(), '|', str(ftc), '|', ftc.shortDescription())
print('--- skips')
run(loader.loadTestsFromTestCase(Decorated), verbosity=2)
print('--- custom result')
result = Recording()
loader.loadTestsFromTestCase(Decorated).run(result)
Tracebacks('test_assert_in_helper').run(result)
print(result.testsRun, len(result.skipped), len(result.failures))
print('--- debug')
try:
    Tracebacks('test_helper').debug()
except ValueError as e:
    print('debug raised', e)
try:
    Decorated('test_bare').debug()
except unittest.SkipTest as e:
    print('debug skip', repr(str(e)))
