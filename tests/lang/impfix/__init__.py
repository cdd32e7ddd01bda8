# Fixture package for the imp_* programs (tests/lang/imp_*.py).
print("impfix body runs once:", __name__, __package__)
from . import util
value = util.double(21)
