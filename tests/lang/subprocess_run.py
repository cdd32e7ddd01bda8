# subprocess.run and its helpers: the VM starts itself (sys.executable), and
# the shell; output captured as bytes or text, input, return codes, and the
# exceptions (CalledProcessError, TimeoutExpired, FileNotFoundError).
import subprocess
import sys

PY = sys.executable

r = subprocess.run([PY, '-c', 'print(1)'], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args[1:])
r = subprocess.run([PY, '-c', 'import sys; print("out"); print("err", file=sys.stderr); sys.exit(3)'],
                   capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(repr(r)[:len('CompletedProcess(args=[')])
r = subprocess.run([PY, '-c', 'import sys; print(sys.stdin.read().upper())'],
                   input='from the parent\n', stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run('exit 3', shell=True)
print(r.returncode, r.stdout)
print(subprocess.call(['sh', '-c', 'exit 7']), subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'checked']))
print(subprocess.check_output('echo $((6 * 7))', shell=True, text=True))
print(subprocess.check_output([PY, '-c', 'print("crlf\\r\\nlines\\rend")'], text=True).splitlines())
print(subprocess.run(['sh', '-c', 'echo to-err >&2'], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
print(subprocess.run(['sh', '-c', 'echo hidden; echo x >&2'], stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL).returncode)
print(subprocess.getstatusoutput('echo status; exit 4'), subprocess.getoutput('echo plain'))
print(subprocess.run(['pwd'], cwd='/', capture_output=True, text=True).stdout)
r = subprocess.run(['sh', '-c', 'echo "$ONLY_VAR:$HOME"'], env={'ONLY_VAR': 'v'},
                   capture_output=True, text=True)
print(r.stdout)

try:
    subprocess.run([PY, '-c', 'import sys; print("partial"); sys.exit(5)'],
                   capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.output, e.stdout, e.stderr, str(e).startswith("Command '["))
try:
    subprocess.check_output(['sh', '-c', 'echo half; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.check_call('kill -9 $$', shell=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['sleep', '10'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    # No pipes: the timeout comes from the final wait, which names the time left.
    print(type(e).__name__, 0 < e.timeout <= 0.3, e.cmd, e.output,
          str(e).startswith("Command '['sleep', '10']' timed out after 0."))
try:
    subprocess.run([PY, '-c', 'import sys, time; print("early", flush=True); time.sleep(10)'],
                   capture_output=True, timeout=3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout, e.stdout)
try:
    subprocess.run(['gilkit-no-such-program'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    subprocess.run(['./gilkit-no-such-program'])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(['/'])
except PermissionError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['true'], cwd='/gilkit/no/such/dir')
except FileNotFoundError as e:
    print(e)
for bad in ({'input': b'x', 'stdin': subprocess.PIPE}, {'capture_output': True, 'stdout': None,
                                                        'stderr': subprocess.PIPE}):
    try:
        subprocess.run(['true'], **bad)
    except ValueError as e:
        print('ValueError', e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print('ValueError', e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
