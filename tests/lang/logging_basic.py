import logging
import os
import sys
import time

print(logging.getLevelName(10), logging.getLevelName(45), logging.getLevelName('INFO'), logging.WARN, logging.FATAL)
root = logging.getLogger()
print(root is logging.root, root.name, root.level, logging.getLogger('') is root)

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format='%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(filename)s|%(module)s|%(threadName)s|%(message)s')
logging.basicConfig(level=logging.ERROR)   # the root has a handler: no effect
logging.debug('debug %d', 1)
logging.info('info %s and %r', 'x', 'y')


def work():
    logging.warning('from %s', 'work')


work()

a = logging.getLogger('app')
ab = logging.getLogger('app.db')
abc = logging.getLogger('app.db.conn')
print(ab.parent is a, abc.parent is ab, a.parent is root, logging.getLogger('app.db') is ab)
x = logging.getLogger('x.y.z')
print(x.parent is root)
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.DEBUG))
a.setLevel(logging.WARNING)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.ERROR))
abc.info('not shown')
abc.error('shown %s', 'error')
print(repr(a), repr(abc))
a.setLevel('INFO')
print(a.level)


class Counted:
    calls = 0

    def __str__(self):
        Counted.calls += 1
        return 'counted'


a.debug('lazy %s', Counted())
a.info('lazy %s', Counted())
print('str calls', Counted.calls)

own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('OWN %(name)s: %(message)s'))
ab.addHandler(own)
abc.warning('both')
ab.propagate = False
abc.warning('own only')
ab.removeHandler(own)
print(len(ab.handlers), len(a.handlers))
ab.propagate = True
print(ab.hasHandlers())

h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.ERROR)
h.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
q = logging.getLogger('q')
q.propagate = False
q.addHandler(h)
q.warning('filtered by handler level')
q.error('passes %s', 'handler')
q.log(logging.CRITICAL, 'via log')
try:
    q.log('ERROR', 'x')
except TypeError as e:
    print('TypeError', e)

f = logging.getLogger('f')
f.propagate = False
fh = logging.StreamHandler(sys.stdout)
fh.addFilter(logging.Filter('f.keep'))
f.addHandler(fh)
logging.getLogger('f.keep.x').warning('kept')
logging.getLogger('f.drop').warning('dropped')
logging.getLogger('f.keeper').warning('dropped too')

class NoPath(logging.Formatter):
    def formatException(self, ei):
        text = logging.Formatter.formatException(self, ei)
        return text.replace(os.path.abspath(__file__), 'FILE').replace(__file__, 'FILE')


root.handlers[0].setFormatter(NoPath('%(levelname)s:%(name)s:%(message)s'))
try:
    raise ValueError('oops')
except ValueError:
    logging.exception('caught %s', 'it')
try:
    raise KeyError('k')
except KeyError as e:
    logging.getLogger('app').error('with exc_info', exc_info=e)
logging.error('no exception', exc_info=False)

d = logging.getLogger('dict')
d.warning('%(a)s and %(b)d', {'a': 'A', 'b': 2})
d.warning('extra %(user)s', extra={'user': 'u'})
try:
    d.warning('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)

fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H:%M')
fmt.converter = time.gmtime
rec = logging.makeLogRecord({'msg': 'at %s', 'args': ('epoch',), 'created': 86400.25, 'msecs': 250.0})
print(fmt.format(rec))
fmt2 = logging.Formatter('%(asctime)s|%(message)s')
fmt2.converter = time.gmtime
print(fmt2.format(rec))
print(rec.getMessage())

path = '/tmp/gilvm_logging_basic_%d.log' % os.getpid()
fileh = logging.FileHandler(path, mode='w')
fileh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lf = logging.getLogger('file')
lf.propagate = False
lf.addHandler(fileh)
lf.warning('line one')
lf.error('line %d', 2)
fileh.close()
lf.removeHandler(fileh)
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)

n = logging.getLogger('null')
n.propagate = False
n.addHandler(logging.NullHandler())
n.error('into the void')

for bad in ('BOGUS', 3.5):
    try:
        logging.getLogger('bad').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.basicConfig(force=True, bogus=1, stream=sys.stdout)
except ValueError as e:
    print('ValueError', e)
logging.basicConfig(force=True, stream=sys.stdout, format='%(message)s', level=logging.INFO)
logging.info('after force')
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('not disabled')
logging.disable(logging.NOTSET)
ad = logging.LoggerAdapter(logging.getLogger('adapt'), {'tag': 'T'})
ad.info('adapted')
print(ad.isEnabledFor(logging.DEBUG))
