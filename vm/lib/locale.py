"""Locale services, as CPython 3.8's locale module behaves: the C library's
calls (_locale: setlocale, localeconv, nl_langinfo, strcoll, strxfrm) and,
over localeconv, number formatting and parsing by the program's locale
(format_string, str, currency, atof, atoi, delocalize); written for gilvm.

normalize knows the encodings' spellings and C/POSIX, not CPython's table
of every locale alias: a name without an encoding is left without one."""
import re as _re
import _locale
from _locale import *   # noqa: F401,F403 -- the LC_* and nl_langinfo constants
from _locale import Error, setlocale as _setlocale, localeconv

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "delocalize", "nl_langinfo", "CHAR_MAX",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL",
           "LC_MESSAGES", "CODESET", "D_T_FMT", "D_FMT", "T_FMT", "RADIXCHAR", "THOUSEP",
           "YESEXPR", "NOEXPR", "CRNCYSTR"]

_builtin_str = str

# ---- names

_ENCODINGS = {
    "utf8": "UTF-8", "utf": "UTF-8",
    "iso88591": "ISO8859-1", "latin1": "ISO8859-1", "iso885915": "ISO8859-15",
    "ascii": "ISO8859-1", "ansix3.41968": "ANSI_X3.4-1968", "eucjp": "eucJP",
    "koi8r": "KOI8-R", "cp1252": "CP1252",
}
# C.UTF-8 reads as en_US.UTF-8, as CPython's alias table has it.
_ALIASES = {"c": "C", "posix": "C", "c.utf8": "en_US.UTF-8", "c.ascii": "C"}


def normalize(localename):
    """localename in the form setlocale takes: language_TERRITORY.ENCODING."""
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    code, at, modifier = code.partition("@")
    lang, dot, encoding = code.partition(".")
    key = lang + dot + encoding.replace("-", "").replace("_", "")
    if key in _ALIASES:
        return _ALIASES[key] + at + modifier
    if lang in _ALIASES and not dot:
        return _ALIASES[lang] + at + modifier
    language, underscore, territory = lang.partition("_")
    name = language + underscore + territory.upper()
    if dot:
        squashed = encoding.replace("-", "").replace("_", "")
        name += "." + _ENCODINGS.get(squashed, encoding.upper())
    return name + at + modifier


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, _, modifier = code.partition("@")
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        language, _, encoding = code.partition(".")
        return language, encoding
    if code == "C":
        return None, None
    raise ValueError("unknown locale: %s" % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of "
                        "two strings -- language code, encoding.") from None
    if language is None:
        language = "C"
    return language + "." + encoding if encoding else language


def setlocale(category, locale=None):
    """Set the locale for category (a name, or a (language, encoding)
    pair), or with None say the current one."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's current setting."""
    localename = _setlocale(category)
    if category == LC_ALL and ";" in localename:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(localename)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """(language code, encoding) the environment asks for."""
    import os
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == "LANGUAGE":
                localename = localename.split(":")[0]
            break
    else:
        localename = "C"
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Set category to the environment's default locale."""
    _setlocale(category, _build_localename(getdefaultlocale()))


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use.  gilvm reads and writes text as UTF-8
    whatever the locale (python's UTF-8 mode); without do_setlocale, the
    encoding of the current LC_CTYPE, as python reports it."""
    if do_setlocale:
        return "UTF-8"
    return nl_langinfo(CODESET)


# ---- numbers by the locale's conventions

def _group_sizes(grouping):
    """Group widths from the right: a 0 repeats the last, CHAR_MAX stops."""
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            while last:
                yield last
            return
        last = size
        yield size


def _group(digits, monetary):
    conv = localeconv()
    sep = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    grouping = conv["mon_grouping" if monetary else "grouping"]
    if not sep or not grouping:
        return digits
    groups = []
    rest = digits
    for size in _group_sizes(grouping):
        if len(rest) <= size:
            break
        groups.append(rest[-size:])
        rest = rest[:-size]
    groups.append(rest)
    return sep.join(reversed(groups))


_NUMBER = _re.compile(r"(\s*)([-+ ]?)(\d*)(\.?)(\S*?)(\s*)$")


def _localize_number(text, grouping, monetary):
    """A number printf formatted, with the locale's decimal point and
    (grouping) separators; padding shrinks by what the separators add."""
    lead, sign, whole, point, tail, trail = _NUMBER.match(text).groups()
    conv = localeconv()
    if grouping:
        grouped = _group(whole, monetary)
        extra = len(grouped) - len(whole)
        whole = grouped
        if extra and lead:
            cut = min(extra, len(lead))
            lead, extra = lead[cut:], extra - cut
        if extra and trail:
            trail = trail[:max(len(trail) - extra, 0)]
    if point:
        point = conv["mon_decimal_point" if monetary else "decimal_point"] or "."
    return lead + sign + whole + point + tail + trail


def _format(percent, value, grouping=False, monetary=False):
    text = percent % value
    if percent[-1] in "eEfFgGdiu":
        return _localize_number(text, grouping, monetary)
    return text


_PERCENT = _re.compile(r"%(?:\((?P<key>[^)]*)\))?(?P<mods>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrsa%]")


def format_string(f, val, grouping=False, monetary=False):
    """f % val, numbers in it written by the locale's conventions.  As
    python's, values beyond those f uses are ignored."""
    specs = list(_PERCENT.finditer(f))
    mapping = bool(specs) and any(m.group("key") is not None for m in specs)
    args = [] if mapping else list(val) if isinstance(val, tuple) else [val]
    pieces, at, used = [], 0, 0
    for m in specs:
        pieces.append(f[at:m.start()])
        at = m.end()
        spec = m.group()
        if spec == "%%":
            pieces.append("%")
            continue
        if mapping:
            plain = "%" + spec[m.end("key") + 1 - m.start():]
            pieces.append(_format(plain, val[m.group("key")], grouping, monetary))
            continue
        need = 1 + m.group("mods").count("*")
        if used + need > len(args):
            raise IndexError("tuple index out of range")
        given = tuple(args[used:used + need])
        used += need
        pieces.append(_format(spec, given if need > 1 else (given[0],), grouping, monetary))
    pieces.append(f[at:])
    return "".join(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """percent % value for one %char specifier (deprecated as in 3.8)."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    match = _PERCENT.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, (value,) + additional if additional else value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    """val as money by the locale's monetary conventions."""
    conv = localeconv()
    digits = conv["int_frac_digits" if international else "frac_digits"]
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    negative = val < 0
    # < and > mark where the number starts and ends, for the sign's place.
    text = "<" + _format("%%.%if" % digits, abs(val), grouping, monetary=True) + ">"
    if symbol:
        smb = conv["int_curr_symbol" if international else "currency_symbol"]
        precedes = conv["n_cs_precedes" if negative else "p_cs_precedes"]
        space = " " if conv["n_sep_by_space" if negative else "p_sep_by_space"] else ""
        text = smb + space + text if precedes else text + space + smb
    position = conv["n_sign_posn" if negative else "p_sign_posn"]
    sign = conv["negative_sign" if negative else "positive_sign"]
    if position == 0:
        text = "(" + text + ")"
    elif position == 2:
        text = text + sign
    elif position == 3:
        text = text.replace("<", sign)
    elif position == 4:
        text = text.replace(">", sign)
    else:
        text = sign + text
    return text.replace("<", "").replace(">", "")


def str(val):
    """val as str() would write a float, with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """string with the locale's separators removed and its decimal point a '.'."""
    conv = localeconv()
    if conv["thousands_sep"]:
        string = string.replace(conv["thousands_sep"], "")
    if conv["decimal_point"]:
        string = string.replace(conv["decimal_point"], ".")
    return string


def atof(string, func=float):
    """A number read by the locale's conventions."""
    return func(delocalize(string))


def atoi(string):
    """An int read by the locale's conventions."""
    return int(delocalize(string))
