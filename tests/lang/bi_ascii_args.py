# ascii() of any object, tuples and dicts included (they are not % arguments).
print(ascii((1, "\u00e9")), ascii(()), ascii({"k": "\u2603"}), ascii(["\U0001f600"]))
print(ascii("plain"), ascii(b"\xff"), "%a|%a" % ("\u00e9", (1,)))
