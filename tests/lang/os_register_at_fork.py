# os.register_at_fork: before hooks run last-registered first, the after
# hooks in registration order; a hook that raises is reported (stderr) and
# the others still run; argument errors in CPython's words.
import os
import sys

parent_log = []


def make(tag, log):
    def hook():
        log.append(tag)
    return hook


def child_hook(tag):
    def hook():
        os.write(child_w, tag.encode() + b' ')
    return hook


def failing():
    raise ZeroDivisionError('hook failed')


child_r, child_w = os.pipe()
for i in (1, 2, 3):
    os.register_at_fork(before=make('before%d' % i, parent_log),
                        after_in_parent=make('parent%d' % i, parent_log),
                        after_in_child=child_hook('child%d' % i))
os.register_at_fork(after_in_child=failing, after_in_parent=failing, before=failing)
os.register_at_fork(after_in_child=child_hook('child-last'))

sys.stdout.flush()
sys.stderr.flush()
pid = os.fork()
if pid == 0:
    os._exit(0)
_, status = os.waitpid(pid, 0)
os.close(child_w)
print('parent:', parent_log)
print('child:', os.read(child_r, 1000).decode().split())
print('child status:', os.WEXITSTATUS(status))

for kwargs in ({}, {'before': 1}, {'after_in_child': 1, 'before': 2},
               {'after_in_parent': 'x', 'after_in_child': 2}, {'before': None},
               {'after_in_parent': 3.5}):
    try:
        os.register_at_fork(**kwargs)
        print(kwargs, 'accepted')
    except TypeError as e:
        print(sorted(kwargs), 'TypeError:', e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print('positional: TypeError:', e)
try:
    os.register_at_fork(after=print)
except TypeError as e:
    print('unknown keyword: TypeError')
