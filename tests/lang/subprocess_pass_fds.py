# pass_fds: the child keeps exactly the descriptors named (inheritable),
# and no other above 2.
import os
import subprocess
import sys

r, w = os.pipe()
code = 'import os; os.write(%d, b"through fd"); os.close(%d)' % (w, w)
p = subprocess.Popen([sys.executable, '-c', code], pass_fds=(w,))
os.close(w)
print(os.read(r, 100), p.wait())
os.close(r)

r, w = os.pipe()
code = 'import os\ntry:\n    os.write(%d, b"x")\nexcept OSError as e:\n    print("closed:", e.errno == 9)' % w
print(subprocess.run([sys.executable, '-c', code]).returncode)
os.close(r)
os.close(w)
