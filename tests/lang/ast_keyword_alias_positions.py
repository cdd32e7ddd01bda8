import ast
for s in ["f(a=1, **k)", "import a.b as c, d", "from .. import (x as y,\n  z)", "from m import *", "class C(B, metaclass=M): pass",
          "f(x,\n  key = [1,\n 2])", "import  a . b"]:
    for n in ast.walk(ast.parse(s)):
        if isinstance(n, (ast.keyword, ast.alias)):
            print(ast.dump(n, include_attributes=True))
