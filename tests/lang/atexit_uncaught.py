import atexit

atexit._clear()   # python3's site may have registered one of its own

# An uncaught exception: its traceback first, then the callbacks, with the
# program's globals still bound; the exit status stays 1.
config = {'name': 'demo'}

def goodbye(who):
    print('goodbye', who, config['name'])

atexit.register(goodbye, 'world')
print('running')
raise RuntimeError('the program failed')
