import sys
import os.path
import time as t
import os.path as osp
from math import sqrt, pi as PI
from collections import *

def f():
    import dis
    from time import perf_counter
    return dis, perf_counter
