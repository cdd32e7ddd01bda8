# list2cmdline against python3 on fixed and random arguments.
import subprocess, random
cases = [['a b', 'c'], [''], ['a"b'], ['a\\b'], ['a\\\\"b'], ['a b\\'], ['a\\'], ['\t'], ['x\\"y z'], ['"'], ['\\\\']]
rnd = random.Random(5)
for _ in range(300):
    cases.append([''.join(rnd.choice('ab \\"\t') for _ in range(rnd.randrange(6))) for _ in range(rnd.randrange(1, 4))])
for c in cases: print(repr(subprocess.list2cmdline(c)))
