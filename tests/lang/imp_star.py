# from M import *: __all__ when the module has one (underscore names too),
# else every name not starting with an underscore; bad __all__ entries.
from impfix.star_all import *
print(a, _d)
try:
    b
except NameError as e:
    print("NameError:", e)
from impfix.star_noall import *
print(a, c)
try:
    _b
except NameError as e:
    print("NameError:", e)
from impfix.sub import *
print(alpha, beta)
try:
    gamma
except NameError as e:
    print("NameError:", e)
try:
    from impfix.star_badall import *
except TypeError as e:
    print("TypeError:", e)
try:
    from impfix.star_missing import *
except AttributeError as e:
    print("AttributeError:", e)
import sys
from sys import *
print(argv is sys.argv, path is sys.path)
