# csv.reader/writer: quoting rules both ways (MINIMAL, ALL, NONNUMERIC with
# float conversion, NONE with escapechar), doublequote, skipinitialspace,
# fields spanning lines, empty lines and fields, line_num, delimiters,
# strict, the common csv.Error messages, field_size_limit, and files
# opened with newline=''.
import csv
import io
import os


def rows(text, **kw):
    r = csv.reader(io.StringIO(text, newline=""), **kw)
    out = list(r)
    return out, r.line_num


def written(rows, **kw):
    f = io.StringIO()
    w = csv.writer(f, **kw)
    w.writerows(rows)
    return repr(f.getvalue())


print(rows('a,b,c\r\n1,"two, three","say ""hi"""\r\n'))
print(rows('x,"multi\r\nline\nfield",y\n\n,,\n"",""\nlast'))
print(rows('a;b\n"c;d";e\n', delimiter=';'))
print(rows("a\tb\n", dialect="excel-tab"))
print(rows('a, "b", c\n', skipinitialspace=True), rows('a, "b", c\n'))
print(rows("'q''s',x\n", quotechar="'"))
print(rows('a\\,b,c\\\nd\n', escapechar="\\", quoting=csv.QUOTE_NONE))
print(rows('"a\\"b",c\n', escapechar="\\", doublequote=False))
print(rows('"a""b",c\n', doublequote=False))
print(rows('1,"2",3.5,-4e2,""\n', quoting=csv.QUOTE_NONNUMERIC))
print(rows('"a"b,c\n'), rows('a"b,c\n'), rows('"unterminated\n'))
print(list(csv.reader(["a,b", "c,d\n", "", "e"])))
print(list(csv.reader("x")), list(csv.reader([])))

data = [["plain", "with,comma", 'with "quote"', "new\nline", "", None, 3, 2.5, True],
        [], [""], ["", ""], [" lead", "trail "]]
print(written(data))
print(written(data, quoting=csv.QUOTE_ALL))
print(written([["a", 1, 2.5, None, "", True]], quoting=csv.QUOTE_NONNUMERIC))
print(written([["a,b", 'c"d', "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\"))
print(written([['a"b', "c"]], doublequote=False, escapechar="\\"))
print(written([["a", "b"]], dialect="unix"), written([["a", "b\r"]], lineterminator="\n"))
print(written([["a", "b"]], delimiter="|", lineterminator="END"))
print(written([(x * x for x in range(4)), "abc"]))

for text, kw in [('"a"b,c\n', {"strict": True}), ('"open\n', {"strict": True}),
                 ("a\rb,c", {}), ("1,x\n", {"quoting": csv.QUOTE_NONNUMERIC})]:
    try:
        print(rows(text, **kw))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
for row, kw in [([""], {"quoting": csv.QUOTE_NONE}), (["a,b"], {"quoting": csv.QUOTE_NONE}),
                (['a"b'], {"doublequote": False}), (5, {})]:
    try:
        print(written([row], **kw))
    except csv.Error as e:
        print("Error", e)
try:
    list(csv.reader([b"a,b"]))
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(42)
except TypeError as e:
    print("TypeError", e)
try:
    csv.reader(42)
except TypeError as e:
    print("TypeError", e)

old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
try:
    list(csv.reader(["abcdef,g"]))
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(["abcde,g"])))
csv.field_size_limit(old)

path = "csv_rw_%d.csv" % os.getpid()
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    print(w.writerow(["thread", "time", "note"]))
    w.writerows([[1, 0.25, "fast"], [2, 1.5, "two\nlines"]])
with open(path, newline="") as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
