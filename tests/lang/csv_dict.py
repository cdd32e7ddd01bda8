# csv.DictReader (header row or given fieldnames, restkey, restval, blank
# rows skipped, line_num) and DictWriter (writeheader, restval,
# extrasaction 'raise' and 'ignore'), and the dialect registry: excel,
# excel-tab, unix, register/get/unregister/list_dialects, Dialect
# subclasses and their validation, read-only dialect attributes.
import csv
import io

text = "name,threads,median\r\npy26,4,1.5\r\n\r\npy32,8\r\nfifo,2,0.5,extra,more\r\n"
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text, newline=""), restkey="_rest", restval="NA")
print(list(r)[-2:])
r = csv.DictReader(["1;2", "3;4;5"], fieldnames=("a", "b"), delimiter=";")
print(r.fieldnames, list(r))
print(csv.DictReader([]).fieldnames, list(csv.DictReader(["only,header"])))

f = io.StringIO()
w = csv.DictWriter(f, fieldnames=["name", "threads", "median"], restval="-")
print(w.writeheader())
w.writerow({"name": "py26", "threads": 4, "median": 1.5})
w.writerows([{"median": 0.5, "name": "fifo"}, {"name": "a,b", "threads": None}])
print(repr(f.getvalue()))
try:
    w.writerow({"name": "x", "bogus": 1})
except ValueError as e:
    print("ValueError", e)
f = io.StringIO()
w = csv.DictWriter(f, ["a"], extrasaction="ignore", dialect="unix")
w.writeheader()
w.writerow({"a": 1, "b": 2})
print(repr(f.getvalue()))
try:
    csv.DictWriter(f, ["a"], extrasaction="drop")
except ValueError as e:
    print("ValueError", e)

print(sorted(csv.list_dialects()))
for name in ("excel", "excel-tab", "unix"):
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
f = io.StringIO()
csv.writer(f, "pipes").writerow(["a", 1])
print(repr(f.getvalue()), list(csv.reader(['"a"|"1"'], "pipes")))
csv.register_dialect("semi", "excel", delimiter=";")
print(csv.get_dialect("semi").delimiter, csv.get_dialect("semi").lineterminator == "\r\n")
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects())
for call in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"),
             lambda: csv.reader([], "nope"), lambda: csv.register_dialect(3)):
    try:
        call()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)


class Semi(csv.excel):
    delimiter = ";"
    quotechar = "'"


f = io.StringIO()
csv.writer(f, Semi).writerow(["a;b", "c"])
print(repr(f.getvalue()), list(csv.reader(["'a;b';c"], Semi())))
print(Semi()._valid, issubclass(csv.excel_tab, csv.excel), csv.unix_dialect.quoting == csv.QUOTE_ALL)


class Broken(csv.Dialect):
    delimiter = ";"


try:
    Broken()
except csv.Error as e:
    print("Error", e)
for kw in [dict(delimiter="ab"), dict(delimiter=1), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(quoting=7), dict(quoting="a"), dict(lineterminator=None), dict(escapechar="ab"),
           dict(quotechar=1), dict(bogus=1)]:
    try:
        csv.reader([], **kw)
    except TypeError as e:
        print("TypeError", e)
d = csv.reader([], quotechar=None).dialect
print(d.quoting == csv.QUOTE_NONE, d.quotechar)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
