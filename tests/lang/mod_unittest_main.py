# unittest.main(): argv parsing (-v, -q, -f, -k, test names), module=,
# defaultTest=, exit=False and the SystemExit status of exit=True.  The
# runner writes to sys.stderr, which is captured here and normalised.
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual('a', 'b')

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_four(self):
        pass

    def test_five_other(self):
        pass


def run_main(argv, **kwargs):
    print('>>>', ' '.join(argv), kwargs)
    saved = sys.stderr
    sys.stderr = io.StringIO()
    status = None
    try:
        # a fresh loader each time: -k sets the loader's testNamePatterns
        prog = unittest.main(argv=argv, testLoader=unittest.TestLoader(), **kwargs)
    except SystemExit as e:
        status = e.code
        prog = None
    finally:
        text = sys.stderr.getvalue()
        sys.stderr = saved
    text = re.sub(r'in \d+\.\d+s', 'in T.TTTs', text)
    text = re.sub(r'File "[^"]*/([^/"]+\.py)"', r'File "\1"', text)
    print(text, end='')
    if prog is not None:
        print('result:', prog.result.testsRun, prog.result.wasSuccessful())
    else:
        print('exit status:', status)


run_main(['prog', 'Beta'], exit=False)
run_main(['prog', '-v', 'Beta.test_four', 'Alpha.test_one'], exit=False)
run_main(['prog', '-q', 'Alpha'], exit=False)
run_main(['prog', '-v', '-k', 'f'], exit=False)
run_main(['prog', '-k', '*one', '-v'], exit=False)
run_main(['prog', '-v', 'Alpha.test_one'])
run_main(['prog', 'Alpha'])
run_main(['prog'], defaultTest='Beta', verbosity=2)
run_main(['prog', '--verbose', '-f', 'Alpha'], exit=False)
run_main(['prog'], defaultTest=['Beta.test_four', 'Alpha.test_two'], exit=False)
run_main(['prog', 'Gamma'], exit=False)
run_main(['prog', 'Alpha.test_nine'], exit=False)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
loader.testMethodPrefix = 'test_t'
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Alpha)))
suite = unittest.defaultTestLoader.loadTestsFromNames(['Alpha.test_one', 'Beta'],
                                                      sys.modules['__main__'])
print(suite.countTestCases(), [[t.id() for t in s] for s in suite])
suite = unittest.defaultTestLoader.loadTestsFromName('__main__.Alpha')
print([t.id() for t in suite])
