# locale: the C library's setlocale/localeconv/nl_langinfo/strcoll/strxfrm
# and number formatting over them, with the locales every system has.
import locale

print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(issubclass(locale.Error, Exception), locale.Error.__module__, locale.Error.__name__)

print(locale.setlocale(locale.LC_ALL, "C"))
print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC), locale.getlocale())
print(locale.getlocale(locale.LC_ALL), locale.getlocale(locale.LC_TIME))
# (getpreferredencoding is left out: python's answer depends on its UTF-8 mode.)
print(locale.nl_langinfo(locale.CODESET))
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.D_FMT),
      locale.nl_langinfo(locale.T_FMT), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.YESEXPR))
conv = locale.localeconv()
print(conv)
print(list(conv) == sorted(conv, key=list(conv).index), len(conv))

print(locale.setlocale(locale.LC_ALL, "C.UTF-8"), locale.setlocale(locale.LC_CTYPE))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.nl_langinfo(locale.CODESET))
print(locale.localeconv()["decimal_point"], locale.localeconv()["grouping"])
print(locale.setlocale(locale.LC_NUMERIC, "POSIX"), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, ("C", None)), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, "POSIX"), locale.getlocale(locale.LC_COLLATE))

# The VM's own formatting keeps '.' whatever the program set.
print(repr(1.5), "%.3f" % 2.5, float("0.25"), format(1234.5, ",.1f"))

for name in ("xx_YY.UTF-8", "de_XX", "no-such-locale"):
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error as e:
        print("Error", e)
try:
    locale.setlocale(12345, "C")
except locale.Error as e:
    print("Error", e)
try:
    locale.nl_langinfo(-12345)
except ValueError as e:
    print("ValueError", e)
print(locale.setlocale(locale.LC_ALL))

print([locale.normalize(n) for n in ("C", "POSIX", "C.UTF-8", "c.utf8", "en_US.utf8",
                                     "en_US.UTF-8", "fr_FR.iso88591")])

# Collation in the C locale is code point order.
print(locale.strcoll("a", "b") < 0, locale.strcoll("b", "a") > 0, locale.strcoll("x", "x"))
print(sorted(["b", "B", "a", "é", "A"], key=locale.strxfrm), locale.strxfrm("abc"))
for bad in ((1, "a"), ("a", None)):
    try:
        locale.strcoll(*bad)
    except TypeError:
        print("TypeError strcoll", bad)
try:
    locale.strcoll("a\0b", "a")
except ValueError as e:
    print("ValueError", e)

# Numbers by the (C) conventions: no grouping, '.' for the decimal point.
print(locale.format_string("%d", 1234567, grouping=True))
print(locale.format_string("%.2f and %s", (1234.5, "x"), grouping=True))
print(locale.format_string("[%8d|%-8.1f|%+d|%%|%x]", (1234, 2.5, 3, 255)))
print(locale.format_string("%(n)d %(s)s", {"n": 1000, "s": "y"}, grouping=True))
print(locale.format_string("%*d", (6, 42)))
try:
    locale.format_string("%d %d", (1,))
except IndexError as e:
    print("IndexError", e)
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(2), locale.str(-0.5))
print(locale.atof("1.5"), locale.atof("  -2e3 "), locale.atoi("42"), locale.atof("7", int))
print(locale.delocalize("1234.5"))
for text in ("1.5", "x"):
    try:
        locale.atoi(text)
    except ValueError as e:
        print("ValueError", e)
try:
    locale.currency(12.5)
except ValueError as e:
    print("ValueError", e)
