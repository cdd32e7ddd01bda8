# getopt and gnu_getopt parse short, long and abbreviated options with
# python3's results and error messages.
import getopt
import os

def show(fn, args, short, long=[]):
    try:
        opts, rest = fn(args, short, long)
        print(fn.__name__, args, '->', opts, rest)
    except getopt.GetoptError as e:
        print(fn.__name__, args, '-> GetoptError:', e, '| opt=%r' % e.opt, e.args)

longs = ['verbose', 'output=', 'threads=', 'through', 'help']
for fn in (getopt.getopt, getopt.gnu_getopt):
    show(fn, ['-v', '-o', 'out.txt', 'a', 'b'], 'vo:')
    show(fn, ['-vofile', '-vv', 'x', '-v'], 'vo:')
    show(fn, ['--verbose', '--output=res.csv', '--threads', '8', 'arg', '--help'], 'v', longs)
    show(fn, ['--verb', '--out', 'x', '--thro'], '', longs)
    show(fn, ['-v', '--', '-o', 'x'], 'vo:')
    show(fn, ['-', '-v'], 'v')
    show(fn, ['--output='], '', longs)
    show(fn, [], 'v')
    show(fn, ['-x'], 'v')
    show(fn, ['-o'], 'vo:')
    show(fn, ['-v:'], 'v:')
    show(fn, ['--foo'], '', longs)
    show(fn, ['--th', '1'], '', longs)
    show(fn, ['--output'], '', longs)
    show(fn, ['--help=yes'], '', longs)
    show(fn, ['--verbose'], '', 'verbose')
show(getopt.gnu_getopt, ['a', '-v', 'b'], '+v')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['a', '-v', 'b'], 'v')
del os.environ['POSIXLY_CORRECT']
show(getopt.gnu_getopt, ['a', '-v', 'b'], 'v')
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message only')
print(str(e), repr(e.opt), e.args, e.msg)
