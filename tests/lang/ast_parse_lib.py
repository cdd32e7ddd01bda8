# ast.parse over real code: every module of gilvm's library parses, and
# for the compiler's fixtures (tests/dis) the node counts per type and the
# statements' positions are python3's.
import ast
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')

failed = []
parsed = 0
for folder, _, files in os.walk(os.path.join(ROOT, 'vm', 'lib')):
    for name in files:
        if name.endswith('.py'):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                text = f.read()
            try:
                tree = ast.parse(text, name)
            except SyntaxError as e:
                failed.append((name, e.lineno))
            else:
                parsed += sum(1 for _ in ast.walk(tree)) > 0
print('library modules failing to parse:', failed, parsed > 50)

dis_dir = os.path.join(ROOT, 'tests', 'dis')
for name in sorted(os.listdir(dis_dir)):
    if not name.endswith('.py'):
        continue
    with open(os.path.join(dis_dir, name), encoding='utf-8') as f:
        tree = ast.parse(f.read(), name)
    counts = {}
    stmts = []
    for node in ast.walk(tree):
        kind = type(node).__name__
        counts[kind] = counts.get(kind, 0) + 1
        if isinstance(node, ast.stmt):
            stmts.append((node.lineno, node.col_offset))
    print(name, sorted(counts.items()))
    print('  statements at', sorted(stmts))
