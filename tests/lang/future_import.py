"""A docstring may come before the future statement."""
# __future__: the future statement the old GIL benchmarks open with compiles
# and runs; the module lists its features with their releases and flags.
from __future__ import print_function, division, with_statement, absolute_import
from __future__ import generators, nested_scopes, generator_stop
import __future__

print(7 / 2, 7 // 2)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
print(repr(__future__.division))
print(__future__.CO_FUTURE_PRINT_FUNCTION == __future__.print_function.compiler_flag)
