# Triple-quoted strings.
a = """line one
line two
    indented line"""
print(a)
b = '''single "quotes" and 'apostrophes' inside'''
print(b)
c = """a \
continued"""
print(c)
d = """ends with quote\""""
print(d)
e = """
"""
print(repr(e))
print(len("""abc"""))
def doc():
    """A docstring is just a string statement."""
    return 1
print(doc())
