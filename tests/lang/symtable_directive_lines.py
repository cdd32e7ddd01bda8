# A global or nonlocal statement's errors name its own line, wherever it
# stands in its block (at module level too).
cases = [
    'x = 1\nnonlocal x\n',
    'import os\n\nnonlocal x\n',
    'def f():\n    a = 1\n    b = 2\n    nonlocal y\n',
    'def f():\n    x = 1\n    def g():\n        pass\n        global x\n        nonlocal x\n',
    'class C:\n    pass\n    nonlocal q\n',
    'def f():\n    if 1:\n        nonlocal  zz\n',
    'def f(a):\n    pass\n    global a\n',
    'def f():\n    x = 1\n    y = 2\n    global x\n',
]
for src in cases:
    try:
        compile(src, 'case.py', 'exec')
    except SyntaxError as e:
        print(e.lineno, e.msg)
