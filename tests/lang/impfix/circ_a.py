early = 1
from . import circ_b
late = 2
