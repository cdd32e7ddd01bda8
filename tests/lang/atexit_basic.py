import atexit
import threading
import time

atexit._clear()   # python3's site may have registered one of its own

# register returns the function (so it works as a decorator) and keeps
# positional and keyword arguments for the call.
def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))

print(atexit.register(show, 1, 2, key='v') is show)

@atexit.register
def decorated():
    print('decorated runs')

print(atexit._ncallbacks())

# _run_exitfuncs runs them now, last registered first, then forgets them.
atexit._run_exitfuncs()
print(atexit._ncallbacks())

# unregister drops every registration of the function; the slot still counts.
def gone():
    print('never printed')

atexit.register(gone)
atexit.register(gone, 'twice')
atexit.register(show, 'kept')
atexit.unregister(gone)
atexit.unregister(len)          # not registered: nothing happens
print(atexit._ncallbacks())
atexit._run_exitfuncs()

atexit.register(gone)
atexit._clear()
print(atexit._ncallbacks())
atexit._run_exitfuncs()

# Argument errors.
for call in (lambda: atexit.register(), lambda: atexit.register(key=1),
             lambda: atexit.register(42), lambda: atexit.unregister(),
             lambda: atexit.unregister(1, 2), lambda: atexit._ncallbacks(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# An __eq__ that raises stops unregister with its exception.
class Weird:
    def __call__(self):
        print('weird called at exit')
    def __eq__(self, other):
        raise ValueError('no comparing')

w = Weird()
atexit.register(w)
try:
    atexit.unregister(show)
except ValueError as e:
    print('ValueError:', e)

# At exit: after the non-daemon thread has finished, last registered first,
# with the program's globals and modules still there.
results = []

def worker():
    time.sleep(0.05)
    results.append('worker done')
    print('worker finished')

def at_end(tag):
    print('at exit', tag, results, len(atexit.__name__))
    if tag == 'first':
        atexit.register(print, 'registered during exit: never runs')

atexit.register(at_end, 'first')
atexit.register(at_end, tag='second')
threading.Thread(target=worker).start()
print('main ends')
