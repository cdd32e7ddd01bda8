import string
for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace'):
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   wide  world "), string.capwords("a-b-c", "-"))
print(all(c in string.printable for c in string.ascii_letters + string.whitespace))
