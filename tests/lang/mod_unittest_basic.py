# unittest: TextTestRunner's report at verbosity 0, 1 and 2 for passing,
# failing, erroring, skipped, expected-failure and subtest cases, and the
# TestResult's lists.  The run time and file paths are normalised.
import io
import re
import unittest


def report(text):
    text = re.sub(r'in \d+\.\d+s', 'in T.TTTs', text)
    text = re.sub(r'File "[^"]*/([^/"]+\.py)"', r'File "\1"', text)
    # 3.11 marks the failing part of a line with ^~; 3.8 does not
    lines = [l for l in text.split('\n') if not (l.strip() and set(l.strip()) <= set('^~'))]
    print('\n'.join(lines))


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        """Adds two numbers.

        More text that is not shown."""
        self.assertEqual(1 + 1, 2)

    def test_b_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_c_error(self):
        raise ValueError('boom')

    @unittest.skip('not today')
    def test_d_skip(self):
        self.fail('never runs')

    def test_e_skiptest(self):
        self.skipTest('skipped inside')

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_g_xpass(self):
        pass

    def test_h_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0, 'odd')

    def test_i_subtest_msg(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                raise KeyError('k')

    def test_j_fail_msg(self):
        self.fail('explicit failure')

    def helper(self):
        raise AssertionError('not a test')


@unittest.skipIf(True, 'whole class skipped')
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class AllGood(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    def test_two(self):
        self.assertIn(2, [1, 2])


def run(cls, verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    report(stream.getvalue())
    return result


for v in (0, 1, 2):
    print('--- verbosity', v)
    result = run(Mixed, v)
print('testsRun', result.testsRun, 'wasSuccessful', result.wasSuccessful())
print('failures', [str(t) for t, tb in result.failures])
print('errors', [str(t) for t, tb in result.errors])
print('skipped', [(str(t), r) for t, r in result.skipped])
print('expectedFailures', [str(t) for t, tb in result.expectedFailures])
print('unexpectedSuccesses', [str(t) for t in result.unexpectedSuccesses])
print(repr(result).split(' ', 1)[1])

for v in (1, 2):
    print('--- skipped class, verbosity', v)
    run(Skipped, v)
    print('--- all good, verbosity', v)
    result = run(AllGood, v)
    print(result.wasSuccessful(), result.testsRun)

t = Mixed('test_a_pass')
print(t.id(), '|', str(t), '|', repr(t), '|', t.shortDescription())
print(Mixed('test_b_fail').shortDescription(), t.countTestCases())
print(t == Mixed('test_a_pass'), t == Mixed('test_b_fail'))
try:
    Mixed('test_nope')
except ValueError as e:
    print('ValueError', e)
r = unittest.TestResult()
Mixed('test_b_fail').run(r)
Mixed('test_a_pass')(r)
print(r.testsRun, len(r.failures), r.wasSuccessful())
print(r.failures[0][1].splitlines()[3])
r = Mixed('test_c_error').run()
print(type(r).__name__, r.testsRun, len(r.errors))
