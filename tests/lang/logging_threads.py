# Four threads log N lines each through one handler: every line must arrive
# whole (the handler's lock spans format and write), none lost or doubled.
import logging
import sys
import threading

N = 2000


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        # a slow sink taking a record in two pieces: a thread switch between
        # them splits the line unless the handler's lock holds
        half = len(s) // 2
        self.parts.append(s[:half])
        for _ in range(100):
            pass
        self.parts.append(s[half:])

    def flush(self):
        pass


sink = Collect()
handler = logging.StreamHandler(sink)
handler.setFormatter(logging.Formatter('%(threadName)s %(levelname)s %(message)s'))
log = logging.getLogger('stress')
log.setLevel(logging.INFO)
log.propagate = False
log.addHandler(handler)


sys.setswitchinterval(1e-6)   # switch often, so a missing lock would show


def worker(k):
    for i in range(N):
        log.info('worker %d line %d payload %s', k, i, 'x' * (i % 17))


threads = [threading.Thread(target=worker, args=(k,), name='T%d' % k) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

lines = ''.join(sink.parts).split('\n')
print('last empty', lines[-1] == '')
lines = lines[:-1]
print('lines', len(lines))
expected = set('T%d INFO worker %d line %d payload %s' % (k, k, i, 'x' * (i % 17))
               for k in range(4) for i in range(N))
print('all intact', set(lines) == expected, len(set(lines)) == len(lines))
per_thread = {}
for line in lines:
    name = line.split(' ', 1)[0]
    per_thread.setdefault(name, []).append(int(line.split()[5]))
print(sorted((k, len(v), v == sorted(v)) for k, v in per_thread.items()))
