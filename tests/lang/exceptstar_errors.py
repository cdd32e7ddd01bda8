# except*'s compile errors, as python3 reports them (message, line,
# column), and the ast module's TryStar node.
import ast

SOURCES = [
    # both kinds of clause on one try, either order
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept  *  ValueError:\n    pass\nexcept:\n    pass\n",
    # except* needs a type
    "try:\n    pass\nexcept*:\n    pass\n",
    # nothing may leave an except* clause's body
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        for j in range(2):\n"
    "            continue\n        continue\n",
    "while x:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n"
    "        finally:\n            break\n",
]
RETURNS = [
    "def f():\n    try:\n        pass\n    except* ValueError:\n        x = 1\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 5\n",
    # 'return' outside a function is that error first
    "try:\n    pass\nexcept* ValueError:\n    return 1\n",
]
for src in SOURCES + RETURNS:
    try:
        compile(src, 'prog', 'exec')
        print('compiled')
    except SyntaxError as e:
        where = (e.lineno, e.offset) if src in SOURCES else e.lineno
        print(type(e).__name__, e.msg, where)

# allowed: a loop, function or class of the clause's own
compile("for i in x:\n    try:\n        pass\n    except* ValueError:\n"
        "        for j in y:\n            break\n        def f():\n            return 1\n", 'ok', 'exec')
print('own loop and function compile')

tree = ast.parse("try:\n    f()\nexcept* (ValueError, TypeError) as e:\n    pass\n"
                 "except* KeyError as k:\n    g()\nelse:\n    h()\nfinally:\n    k()\n")
node = tree.body[0]
print(type(node).__name__, node.lineno, [type(h).__name__ for h in node.handlers])
print([(h.lineno, h.col_offset, h.name) for h in node.handlers])
print(ast.dump(node.handlers[0].type), len(node.orelse), len(node.finalbody))
print(type(ast.parse("try: pass\nexcept ValueError: pass").body[0]).__name__)
print(ast.TryStar._fields)
