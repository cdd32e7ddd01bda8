# Float literals.
print(1e3, 1E3, 1e-3, 2.5e+2)
print(.5, 5., 0.0, 3.14)
print(1_000.5, 1e1_0)
print(1.5e300, 2e-300)
print(type(1e3).__name__, type(.5).__name__, type(10.).__name__)
print(0e0, 00.5, 1_2.3_4)
