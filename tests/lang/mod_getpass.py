# getpass: getuser from the environment, fallback_getpass's warning, prompt and EOF
import getpass
import io
import os
import sys
import warnings

names = ('LOGNAME', 'USER', 'LNAME', 'USERNAME')
saved = {}
for name in names:
    saved[name] = os.environ.pop(name, None)

os.environ['USERNAME'] = 'from_username'
print(getpass.getuser())
os.environ['LNAME'] = 'from_lname'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['USER'] = 'from_user'
print(getpass.getuser())
os.environ['LOGNAME'] = 'researcher'
print(getpass.getuser())

for name in names:
    del os.environ[name]
    if saved[name] is not None:
        os.environ[name] = saved[name]

print(issubclass(getpass.GetPassWarning, UserWarning), getpass.GetPassWarning.__name__)

saved_stdin = sys.stdin
sys.stdin = io.StringIO('s3cret\nsecond line\nlast')
prompt = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(getpass.fallback_getpass('Key: ', prompt)))
    print(repr(getpass.fallback_getpass(stream=prompt)))
    print(repr(getpass.fallback_getpass('', prompt)))
    try:
        getpass.fallback_getpass('More: ', prompt)
    except EOFError:
        print('EOFError')
sys.stdin = saved_stdin
print(repr(prompt.getvalue()))
for w in caught:
    print(w.category.__name__, w.message, os.path.basename(w.filename))
