import sys
from . import circ_a
print("circ_b sees circ_a partial:", hasattr(circ_a, "early"), hasattr(circ_a, "late"))
try:
    from .circ_a import late
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "DIR"))
    print("name/path:", e.name, e.path.replace(sys.path[0], "DIR"))
from .circ_a import early
print("early is", early)
