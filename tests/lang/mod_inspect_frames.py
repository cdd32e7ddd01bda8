# inspect over frame snapshots: stack, getframeinfo with source context, currentframe.
import inspect
import os
def f():
    s = inspect.stack()
    print(type(s[0]).__name__, os.path.basename(s[0][1]), s[0][2:4], s[0].function, s[0].code_context, s[0].index)
    fi = inspect.getframeinfo(inspect.currentframe(), context=3)
    print(type(fi).__name__, os.path.basename(fi[0]), fi[1:3], fi.function, fi.code_context, fi.index)
    print([r.function for r in inspect.stack()], inspect.isframe(inspect.currentframe()), inspect.isframe(3))
f()
print(inspect.FrameInfo._fields, inspect.Traceback._fields)

import traceback
def show():
    print([e[2] for e in traceback.extract_stack()])
    print([e[2] for e in traceback.extract_stack(inspect.currentframe().f_back)])
    print(traceback.format_stack(limit=1)[0].splitlines()[0].endswith("in show"))
def caller():
    show()
caller()
