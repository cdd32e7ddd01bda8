import sys
sys.modules[__name__] = "a str stands in for impfix.replaced"
