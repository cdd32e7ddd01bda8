# unittest.main() as a script uses it: the report goes to stderr (not
# checked: it holds the run time) and a failing test makes the exit status 1.
import unittest


class T(unittest.TestCase):
    def test_pass(self):
        print('test_pass ran')

    def test_fail(self):
        print('test_fail ran')
        self.assertEqual(2 + 2, 5)


if __name__ == '__main__':
    unittest.main()
