# raise ... from ... sets __cause__; implicit chaining sets __context__.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as v:
    print(v, "| cause:", repr(v.__cause__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as v:
    print(v, "| context:", repr(v.__context__), "| cause:", v.__cause__)
try:
    raise ValueError("no chain") from None
except ValueError as v:
    print(v, v.__cause__)
