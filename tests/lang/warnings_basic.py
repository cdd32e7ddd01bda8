import sys
import warnings


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def take(self):
        text = ''.join(self.parts)
        self.parts = []
        return text.replace(__file__, 'FILE')


err = Sink()
real_stderr = sys.stderr
sys.stderr = err


def deprecated_api():
    warnings.warn('old api', DeprecationWarning, stacklevel=2)


def user():
    warnings.warn('careful')


for i in range(3):
    user()                       # shown once: 'default' is once per location
print(repr(err.take()))
warnings.warn('top level %d' % 1)
print(repr(err.take()))
deprecated_api()                 # DeprecationWarning from __main__ is shown
print(repr(err.take()))
warnings.warn(RuntimeWarning('an instance'))
print(repr(err.take()))
warnings.warn('beyond the stack', stacklevel=50)
print(repr(err.take()))

warnings.simplefilter('always')
for i in range(2):
    user()
print(repr(err.take()))
warnings.simplefilter('ignore', UserWarning)
user()
warnings.warn('runtime still shown', RuntimeWarning)
print(repr(err.take()))
warnings.simplefilter('error', RuntimeWarning)
try:
    warnings.warn('now an error', RuntimeWarning)
except RuntimeWarning as e:
    print('raised', type(e).__name__, e)
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='skip')
warnings.filterwarnings('error', message='boom', category=FutureWarning)
warnings.warn('Skip me, case-insensitive')
warnings.warn('boomy', UserWarning)
try:
    warnings.warn('boom now', FutureWarning)
except FutureWarning as e:
    print('raised', e)
print(repr(err.take()))

warnings.resetwarnings()
warnings.simplefilter('once')
for text in ('a', 'b', 'a'):
    warnings.warn(text)
print(repr(err.take()))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    user()
    warnings.warn('recorded', SyntaxWarning)
print(len(caught), [(w.category.__name__, str(w.message), w.lineno) for w in caught])
print(caught[0].filename == __file__, isinstance(caught[0].message, UserWarning))
print(repr(err.take()))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silenced')
print(repr(err.take()))

print(repr(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1  ')))
print(repr(warnings.formatwarning('msg', UserWarning, 'nofile.py', 3)))


def show(message, category, filename, lineno, file=None, line=None):
    print('custom show:', category.__name__, message, lineno)


warnings.resetwarnings()
warnings.showwarning = show
warnings.warn('to the hook')
try:
    warnings.warn('x', category=str)
except TypeError as e:
    print('TypeError', e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__[1].__name__)
sys.stderr = real_stderr
