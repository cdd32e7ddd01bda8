# logging as a package, and logging.handlers: rotating files, memory
# buffering, and a queue that carries records to a listener thread.
import logging
import logging.handlers
import os
import queue
import tempfile
import threading

tmp = tempfile.mkdtemp()
fmt = logging.Formatter('%(levelname)s:%(name)s:%(message)s')

# RotatingFileHandler: NAME, NAME.1, NAME.2; the oldest beyond backupCount goes
path = os.path.join(tmp, 'app.log')
h = logging.handlers.RotatingFileHandler(path, maxBytes=60, backupCount=2)
h.setFormatter(fmt)
log = logging.getLogger('rot')
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(h)
for i in range(12):
    log.info('message number %02d', i)
h.close()
log.removeHandler(h)
print(sorted(os.listdir(tmp)))
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        lines = f.read().splitlines()
    print(name, lines, all(len(l) + 1 <= 60 for l in lines))

# MemoryHandler: held until full or until an ERROR arrives
class ListHandler(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.seen = []

    def emit(self, record):
        self.seen.append(self.format(record))

target = ListHandler()
target.setFormatter(fmt)
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger('mem')
mlog.propagate = False
mlog.setLevel(logging.DEBUG)
mlog.addHandler(mem)
mlog.debug('one')
mlog.info('two')
print('buffered', len(mem.buffer), target.seen)
mlog.error('three')
print('after error', len(mem.buffer), target.seen)
mlog.info('four')
mem.close()
print('after close', target.seen)

# QueueHandler -> QueueListener on its own thread; records carry the
# formatted message, and stop() drains the queue first
q = queue.Queue()
sink = ListHandler()
sink.setFormatter(logging.Formatter('%(threadName)s|%(message)s'))
listener = logging.handlers.QueueListener(q, sink)
listener.start()
qlog = logging.getLogger('queued')
qlog.propagate = False
qlog.setLevel(logging.INFO)
qh = logging.handlers.QueueHandler(q)
qlog.addHandler(qh)


def work(n):
    for i in range(3):
        qlog.info('worker %d says %d%%', n, i * 50)


threads = [threading.Thread(target=work, args=(n,), name='T%d' % n) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
try:
    1 / 0
except ZeroDivisionError:
    qlog.exception('failed')
listener.stop()
print(len(sink.seen))
print(sorted(m for m in sink.seen if 'worker' in m))
last = [m for m in sink.seen if 'failed' in m][0]
print(last.splitlines()[0], 'ZeroDivisionError' in last)

# respect_handler_level
q2 = queue.Queue()
warn_only = ListHandler()
warn_only.setLevel(logging.WARNING)
l2 = logging.handlers.QueueListener(q2, warn_only, respect_handler_level=True)
l2.start()
rec_info = logging.makeLogRecord({'msg': 'quiet', 'levelno': logging.INFO, 'levelname': 'INFO'})
rec_warn = logging.makeLogRecord({'msg': 'loud', 'levelno': logging.WARNING, 'levelname': 'WARNING'})
q2.put(rec_info)
q2.put(rec_warn)
l2.stop()
print(warn_only.seen)

# WatchedFileHandler reopens a file moved away underneath it
wpath = os.path.join(tmp, 'watched.log')
wh = logging.handlers.WatchedFileHandler(wpath)
wlog = logging.getLogger('watch')
wlog.propagate = False
wlog.addHandler(wh)
wlog.warning('first')
os.rename(wpath, wpath + '.moved')
wlog.warning('second')
wh.close()
print(open(wpath + '.moved').read().split(), open(wpath).read().split())

try:
    logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, 't.log'), when='X')
except ValueError as e:
    print('ValueError', e)
t = logging.handlers.TimedRotatingFileHandler(os.path.join(tmp, 't.log'), when='S', interval=5)
print(t.interval, t.suffix)
t.close()

# a due rollover moves the file aside under its start time's name
tdir = tempfile.mkdtemp()
tpath = os.path.join(tdir, 'timed.log')
th = logging.handlers.TimedRotatingFileHandler(tpath, when='S', backupCount=1)
tlog = logging.getLogger('timed')
tlog.propagate = False
tlog.addHandler(th)
tlog.warning('a')
th.rolloverAt = 0
tlog.warning('b')
th.rolloverAt = 0
tlog.warning('c')
th.close()
names = sorted(os.listdir(tdir))
print(len(names), names[0], bool(th.extMatch.match(names[1][len('timed.log.'):])))
print(open(tpath).read().split(), open(os.path.join(tdir, names[1])).read().split())
