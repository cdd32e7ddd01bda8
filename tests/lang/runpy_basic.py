# runpy.run_path and run_module: a program's code run in a fresh namespace,
# as a tool runs a script or a module inside itself.
import os
import runpy
import sys
import tempfile

tmp = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path


script = write('script.py', 'import sys\nRESULT = [__name__, GIVEN * 2, sys.argv[0].endswith("script.py")]\n'
                            'if __name__ == "__main__":\n    MAIN = True\n')
g = runpy.run_path(script, init_globals={'GIVEN': 21})
print(g['RESULT'], 'MAIN' in g, g['__file__'] == script, g['__package__'], g['__spec__'])
g = runpy.run_path(script, init_globals={'GIVEN': 1}, run_name='__main__')
print(g['RESULT'], g.get('MAIN'), sys.argv[0].endswith('script.py'))
print(sys.modules['__main__'].__name__, '__main__' in sys.modules)

write('app/__main__.py', 'import sys\nWHERE = __name__\nFOUND = __file__.endswith("__main__.py")\n')
g = runpy.run_path(os.path.join(tmp, 'app'))
print(g['WHERE'], g['FOUND'], os.path.join(tmp, 'app') in sys.path)

sys.path.insert(0, os.path.join(tmp, 'lib'))
write('lib/tool.py', 'X = __name__ + "!"\n')
write('lib/kit/__init__.py', '')
write('lib/kit/__main__.py', 'Y = (__name__, __package__)\n')
write('lib/kit/part.py', 'Z = __spec__.name\n')
print(runpy.run_module('tool')['X'])
print(runpy.run_module('tool', run_name='__main__')['X'])
print(runpy.run_module('kit')['Y'])
print(runpy.run_module('kit.part')['Z'])
print(runpy.run_module('tool', alter_sys=True)['X'], 'tool' in sys.modules)
for bad in ['no_such_mod_q', '.rel', 'sys']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print('ImportError', e)
try:
    runpy.run_path(os.path.join(tmp, 'missing.py'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
