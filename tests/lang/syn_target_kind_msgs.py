# SyntaxError messages name the offending target as python3 (3.11) does:
# 'expression' for operators, 'dict literal', 'ellipsis', the kind in an
# illegal augmented assignment, and the repeated keyword's name.
for src in ['del {}', 'del a+b', 'for a+b in x: pass', 'for {} in x: pass', 'for -a in x: pass',
            'del {1}', 'for {1:2} in x: pass', 'for [i for i in x] in y: pass',
            'for f"{a}" in y: pass', 'for (a := 1) in y: pass', 'for ... in y: pass', 'del (yield)',
            'with a as b + c: pass', 'for {i for i in x} in y: pass', 'x = 1 = y', '[1] = x',
            'x = f() = 2', 'None = 1', 'a if b else c = 1', 'lambda: 1 = 1', 'a < b = 1',
            '(a := 1) += 1', 'a or b += 1', '-a += 1', 'a if b else c += 1', 'lambda: 1 += 1',
            '[i for i in x] += 1', '(i for i in x) += 1', '{1} += 1', '{i: i for i in x} += 1',
            '... += 1', 'None += 1', 'True += 1', 'f"{a}" += 1', '"s" += 1', 'a < b += 1',
            'a + b += 1', '(yield) += 1', 'not a += 1', 'a, b += 1', 'f() += 1', '1 += 1',
            '[a] += 1', '*a += 1', '{} += 1', 'a.b += 1', 'a[0] += 1',
            'f(a=1, a=2)', 'f(a=1, b=2, a=3)', 'f(x, *y, kw=1, kw=2)']:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
    else:
        print(repr(src), 'OK')
