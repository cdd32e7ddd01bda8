# unittest: the order of setUpModule, setUpClass, setUp, the test, tearDown,
# cleanups, tearDownClass and tearDownModule; failures in fixtures (reported
# as "setUpClass (module.Class)" errors, the class's tests not run); class
# and module cleanups; skipping from setUp and setUpClass.
import io
import re
import unittest

log = []


def report(text):
    text = re.sub(r'in \d+\.\d+s', 'in T.TTTs', text)
    text = re.sub(r'File "[^"]*/([^/"]+\.py)"', r'File "\1"', text)
    lines = [l for l in text.split('\n') if not (l.strip() and set(l.strip()) <= set('^~'))]
    print('\n'.join(lines))


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')


def tearDownModule():
    log.append('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('First.setUpClass')
        cls.shared = [1]
        cls.addClassCleanup(log.append, 'First class cleanup')

    @classmethod
    def tearDownClass(cls):
        log.append('First.tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')
        self.shared.append(2)

    def test_b(self):
        log.append('test_b')
        self.assertEqual(self.shared, [1, 2])


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('BrokenClass.setUpClass')
        raise RuntimeError('class setup broke')

    @classmethod
    def tearDownClass(cls):
        log.append('BrokenClass.tearDownClass (never)')

    def test_never(self):
        log.append('BrokenClass.test_never (never)')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after broken setUp')
        raise OSError('setUp broke')

    def tearDown(self):
        log.append('tearDown after broken setUp (never)')

    def test_x(self):
        log.append('test_x (never)')


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        self.fail('tearDown failed')

    def test_y(self):
        log.append('test_y')


class BrokenCleanup(unittest.TestCase):
    def test_z(self):
        self.addCleanup(self.bad_cleanup)
        log.append('test_z')

    def bad_cleanup(self):
        raise TypeError('cleanup broke')


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')

    def test_1(self):
        pass

    def test_2(self):
        pass


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.skipTest('setUp says skip')

    def tearDown(self):
        log.append('tearDown after skip (never)')

    def test_s(self):
        pass


class Last(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        log.append('Last.tearDownClass')
        raise ValueError('teardown class broke')

    def test_last(self):
        log.append('test_last')


for verbosity in (1, 2):
    del log[:]
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(__import__('__main__'))
    print('countTestCases', suite.countTestCases())
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    report(stream.getvalue())
    for entry in log:
        print('  ' + entry)
    print('run', result.testsRun, 'errors', len(result.errors), 'failures',
          len(result.failures), 'skipped', len(result.skipped))
    print([str(t) for t, tb in result.errors])
    print('countTestCases after run', suite.countTestCases())

print('--- doCleanups without run')
t = First('test_a')
t.addCleanup(print, 'cleanup', 'with', 'args', sep='-')
print(t.doCleanups())
print('--- a suite built by hand')
suite = unittest.TestSuite()
suite.addTest(First('test_b'))
suite.addTests([First('test_a'), BrokenTearDown('test_y')])
print(suite.countTestCases(), [t.id() for t in suite])
try:
    suite.addTest(First)
except TypeError as e:
    print('TypeError', e)
try:
    suite.addTests('test_a')
except TypeError as e:
    print('TypeError', e)
del log[:]
result = unittest.TestResult()
suite.run(result)
print(log)
print(result.testsRun, len(result.failures), result.failures[0][0].id())
