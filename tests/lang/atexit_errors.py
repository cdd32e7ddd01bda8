import atexit
import sys

atexit._clear()   # python3's site may have registered one of its own

# A callback's exception is reported on stderr; the others still run and
# the exit status stays sys.exit's.
def last():
    print('last registered runs first')
    raise ValueError('boom')

def exits():
    sys.exit(9)

atexit.register(print, 'first registered runs last')
atexit.register(exits)
atexit.register(last)

# _run_exitfuncs reports too, and does not raise.
def early():
    raise KeyError('early')

atexit.register(early)
atexit.unregister(early)
atexit.register(lambda: print('run early'))
atexit.register(early)
atexit._run_exitfuncs()
print('after _run_exitfuncs')

atexit.register(print, 'first registered runs last')
atexit.register(exits)
atexit.register(last)
sys.exit(3)
