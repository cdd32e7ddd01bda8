# unittest: the failure messages of TestCase's assert methods, with and
# without msg= (longMessage), the diffs of lists, tuples, dicts and
# strings, assertAlmostEqual's places and delta, and the context-manager
# forms of assertRaises, assertWarns and assertLogs.
import unittest
import logging
import warnings


class Case(unittest.TestCase):
    def runTest(self):
        pass


tc = Case()


def show(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: %s' % (name, e))
    else:
        print('%s: passed' % name)


show('assertEqual', 1, 2)
show('assertEqual', 1, 1)
show('assertEqual', 'a', 'b', msg='custom')
show('assertEqual', 1.5, 2, 'note')
show('assertNotEqual', 3, 3)
show('assertTrue', 0)
show('assertTrue', [], 'empty')
show('assertFalse', 'x')
show('assertIs', None, 0)
show('assertIsNot', None, None)
show('assertIsNone', 5)
show('assertIsNotNone', None)
show('assertIn', 4, [1, 2, 3])
show('assertNotIn', 2, (1, 2))
show('assertIsInstance', 1, str)
show('assertNotIsInstance', 1, int)
show('assertGreater', 1, 2)
show('assertGreaterEqual', 1, 2)
show('assertLess', 2, 1)
show('assertLessEqual', 2, 1)
show('assertRegex', 'hello', 'x+')
show('assertNotRegex', 'hello', 'l+')
show('assertAlmostEqual', 1.0, 1.1)
show('assertAlmostEqual', 1.0, 1.00000001)
show('assertAlmostEqual', 1.0, 1.01, places=3)
show('assertAlmostEqual', 1.0, 1.5, delta=0.25)
show('assertAlmostEqual', 10, 12, delta=3)
show('assertNotAlmostEqual', 1.0, 1.00000001)
show('assertNotAlmostEqual', 1.0, 1.1, delta=0.5)
show('assertNotAlmostEqual', 1.0, 1.001, places=2)
try:
    tc.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print('TypeError', e)

print('--- sequences')
show('assertEqual', [1, 2, 3], [1, 2, 4])
show('assertEqual', [1, 2], [1, 2, 3, 4])
show('assertEqual', (1, 2, 3), (1,))
show('assertEqual', ['alpha', 'beta'], ['alpha', 'gamma'], 'in list')
show('assertListEqual', [1], (1,))
show('assertSequenceEqual', [1, 2], (1, 2))
show('assertSequenceEqual', 'abc', 'abd')
show('assertEqual', list(range(30)), list(range(1, 31)))
show('assertEqual', [[1, 2], [3, 4]], [[1, 2], [3, 5]])

print('--- dicts and sets')
show('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show('assertEqual', {'a': 1}, {})
show('assertDictEqual', {}, [])
show('assertEqual', {1, 2, 3}, {2, 3, 4})
show('assertEqual', {1}, set())
show('assertEqual', frozenset([5]), frozenset([6]))
show('assertCountEqual', [1, 1, 2], [1, 2, 2])
show('assertCountEqual', [1, 2, 3], [3, 2, 1])
show('assertCountEqual', [[1], [2]], [[2], [2]])

print('--- strings')
show('assertEqual', 'abc', 'abd')
show('assertEqual', 'one\ntwo\nthree\n', 'one\nTWO\nthree\n')
show('assertEqual', 'hello world', 'hello')
show('assertEqual', 'x' * 100, 'x' * 99 + 'y')
show('assertEqual', 'a\tb', 'a\tc')
show('assertMultiLineEqual', 'same\n', 'same\n')
show('assertEqual', 'line1\nline2', 'line1\nline2\nline3')

print('--- long reprs and maxDiff')
show('assertEqual', 'a' * 50 + 'b' * 50, 'a' * 50 + 'c' * 50)
show('assertEqual', list(range(100)), list(range(99)) + [1000])
tc.maxDiff = None
show('assertEqual', list(range(20)), list(range(19)) + [1000])
tc.maxDiff = 80 * 8
show('assertEqual', 1, 2, msg='m')
tc.longMessage = False
show('assertEqual', 1, 2)
show('assertEqual', 1, 2, 'only this')
show('assertIn', 1, [], 'only this')
tc.longMessage = True

print('--- assertRaises')
show('assertRaises', ValueError, int, 'x')
show('assertRaises', ValueError, int, '5')
show('assertRaises', (KeyError, IndexError), [].pop)
with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
try:
    with tc.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('with assertRaises:', e)
try:
    with tc.assertRaises(KeyError, msg='needed'):
        pass
except AssertionError as e:
    print('with assertRaises msg:', e)
try:
    with tc.assertRaises(KeyError):
        raise ValueError('other')
except ValueError as e:
    print('passes through:', repr(e))
with tc.assertRaisesRegex(ValueError, 'inv.lid') as cm:
    int('z')
print('regex matched:', cm.exception)
show('assertRaisesRegex', ValueError, '^abc', int, 'z')
try:
    with tc.assertRaisesRegex(ValueError, 'never'):
        raise ValueError('something')
except AssertionError as e:
    print('with assertRaisesRegex:', e)
try:
    tc.assertRaises('not a type')
except TypeError as e:
    print('TypeError', e)
try:
    tc.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print('TypeError', e)

print('--- assertWarns')
with tc.assertWarns(UserWarning) as cm:
    warnings.warn('careful', UserWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno)
show('assertWarns', DeprecationWarning, lambda: None)
try:
    with tc.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print('with assertWarns:', e)
with tc.assertWarnsRegex(UserWarning, 'ca.eful'):
    warnings.warn('careful')
try:
    with tc.assertWarnsRegex(UserWarning, 'xyz'):
        warnings.warn('careful')
except AssertionError as e:
    print('with assertWarnsRegex:', e)

print('--- failureException')


class MyFailure(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyFailure

    def runTest(self):
        pass


try:
    Custom().assertEqual(1, 2)
except MyFailure as e:
    print('MyFailure', e)
try:
    Custom().fail()
except MyFailure as e:
    print('MyFailure', repr(e))
try:
    tc.skipTest('why')
except unittest.SkipTest as e:
    print('SkipTest', e)


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return 'Point(%d)' % self.x


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise tc.failureException('points differ in x: %d vs %d' % (a.x, b.x))


tc.addTypeEqualityFunc(Point, point_equal)
show('assertEqual', Point(1), Point(2))
show('assertEqual', Point(1), Point(1))

print('--- assertLogs')
with tc.assertLogs('app', level='INFO') as cm:
    logging.getLogger('app').info('first message')
    logging.getLogger('app.db').error('second %s', 'message')
    logging.getLogger('app').debug('below the level')
print(cm.output, [r.getMessage() for r in cm.records])
try:
    with tc.assertLogs('quiet'):
        logging.getLogger('quiet').debug('too low')
except AssertionError as e:
    print(e)
try:
    with tc.assertNoLogs('app', 'WARNING'):
        logging.getLogger('app').warning('oops %d', 3)
except AssertionError as e:
    print(e)
with tc.assertNoLogs('app'):
    logging.getLogger('app').debug('fine')
print(logging.getLogger('app').handlers, logging.getLogger('app').propagate)
