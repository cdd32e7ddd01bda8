# tokenize over real code: every module of gilvm's library tokenizes, and
# untokenizes to text that tokenizes the same (spacing after a backslash
# continuation is not kept, in CPython either), and the compiler's fixtures (tests/dis)
# give CPython's token counts per type.
import io
import os
import token
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')


def tokens_of(path):
    with open(path, 'rb') as f:
        data = f.read()
    return data, list(tokenize.tokenize(io.BytesIO(data).readline))


bad = []
total = 0
for folder, _, files in os.walk(os.path.join(ROOT, 'vm', 'lib')):
    for name in files:
        if name.endswith('.py'):
            data, toks = tokens_of(os.path.join(folder, name))
            total += 1
            text = tokenize.untokenize(toks)
            again = list(tokenize.tokenize(io.BytesIO(text).readline))
            if [t[:2] for t in again] != [t[:2] for t in toks] or toks[-1].type != token.ENDMARKER:
                bad.append(name)
print('library modules not round-tripping:', sorted(bad), total > 50)

dis_dir = os.path.join(ROOT, 'tests', 'dis')
for name in sorted(os.listdir(dis_dir)):
    if name.endswith('.py'):
        _, toks = tokens_of(os.path.join(dis_dir, name))
        counts = {}
        for t in toks:
            kind = token.tok_name[t.exact_type]
            counts[kind] = counts.get(kind, 0) + 1
        print(name, sorted(counts.items()), toks[-1].start)
