# comment at top
x = 1  # trailing comment
# comment between statements
y = "# not a comment"
z = '''# also
# not a comment'''
print(x, y)
print(z)
def f():
    # comment as the first line of a body
    return 42
    # comment after return
print(f())
lst = [1,  # comment inside brackets
       2,  # another
       # a whole-line comment in brackets
       3]
print(lst)
print("done")  # last line has no newline after comment
