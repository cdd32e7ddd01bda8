"""csv for gilvm: CSV files read and written as CPython's csv (and _csv).

A reader is a state machine fed one character at a time, as _csv's; a
quoted field may span lines, so it reads lines until a record ends.  A
writer quotes a field when the dialect's quoting asks for it or when the
field holds the delimiter, the quote character or a line terminator
character.  Files should be opened with newline=''.  Sniffer guesses a
dialect with CPython's heuristics, so that it guesses as python3 does."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit',
           'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'unregister_dialect', '__version__',
           'DictReader', 'DictWriter', 'unix_dialect', 'Sniffer']

__version__ = '1.0'

import io as _io
import re

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def _char(name, value, default, none_ok):
    if value is None and none_ok:
        return None
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
          'quotechar', 'quoting', 'skipinitialspace', 'strict')


class _Dialect:
    """A checked, read-only set of formatting parameters (_csv.Dialect)."""

    __slots__ = ('_p',)

    def __init__(self, dialect=None, **kw):
        for key in kw:
            if key not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        given = {}
        for name in _ATTRS:
            value = kw.get(name, _UNSET)
            if value is _UNSET and dialect is not None:
                value = getattr(dialect, name, _UNSET)
            given[name] = value
        p = {}
        p['delimiter'] = _char('delimiter', given['delimiter'], ',', False)
        p['doublequote'] = True if given['doublequote'] is _UNSET else bool(given['doublequote'])
        p['escapechar'] = _char('escapechar', given['escapechar'], None, True)
        term = given['lineterminator']
        if term is not _UNSET and term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        p['lineterminator'] = '\r\n' if term is _UNSET else term
        p['quotechar'] = _char('quotechar', given['quotechar'], '"', True)
        quoting = given['quoting']
        if quoting is _UNSET:
            # no quote character and no quoting asked for: quote nothing
            quoting = QUOTE_NONE if given['quotechar'] is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        elif quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        p['quoting'] = quoting
        for name in ('skipinitialspace', 'strict'):
            p[name] = False if given[name] is _UNSET else bool(given[name])
        if quoting != QUOTE_NONE and p['quotechar'] is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if p['lineterminator'] is None:
            raise TypeError('lineterminator must be set')
        object.__setattr__(self, '_p', p)

    def __getattr__(self, name):
        p = object.__getattribute__(self, '_p')
        if name in p:
            return p[name]
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


class Dialect:
    """Describe a CSV dialect: subclass it and set the attributes below."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel-generated tab-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """CSV files generated on UNIX: '\\n' ends a line, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """The largest field a reader accepts; with an argument, set it (returns the old one)."""
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# The reader's states (those of _csv.c).
(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = object()     # the end of a line, fed after its characters


class _Reader:
    """Iterates over the records (lists of str, floats for QUOTE_NONNUMERIC's
    unquoted fields) of the lines an iterable yields."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        # Runs of characters that only extend the field, taken at once in
        # IN_FIELD and IN_QUOTED_FIELD (the states a field spends most time in).
        plain = '\r\n' + dialect.delimiter + (dialect.escapechar or '')
        quoted = dialect.escapechar or ''
        if dialect.quoting != QUOTE_NONE:
            quoted += dialect.quotechar
        self._runs = {IN_FIELD: re.compile('[^%s]*' % re.escape(plain)),
                      IN_QUOTED_FIELD: re.compile('[^%s]*' % re.escape(quoted)) if quoted
                      else re.compile('.*', re.DOTALL)}

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._flen = 0
        self._numeric = False
        self._state = START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            self._feed(line)
            self._char(_EOL)
            if self._state == START_RECORD:
                break
        return self._fields

    def _feed(self, line):
        i, n = 0, len(line)
        while i < n:
            run = self._runs.get(self._state)
            if run is not None:
                end = run.match(line, i).end()
                if end > i:
                    self._add(line[i:end])
                    i = end
                    continue
            self._char(line[i])
            i += 1

    def _add(self, chars):
        if self._flen + len(chars) > _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(chars)
        self._flen += len(chars)

    def _save(self):
        field = ''.join(self._field)
        self._field = []
        self._flen = 0
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _end_of_line(self, c):
        """c ends a field at a line's end: save it, and the record ends at _EOL."""
        self._save()
        self._state = START_RECORD if c is _EOL else EAT_CRNL

    def _char(self, c):
        d = self.dialect
        state = self._state
        quoting = c == d.quotechar and d.quoting != QUOTE_NONE
        if state == START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            state = self._state = START_FIELD
        if state == START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._end_of_line(c)
            elif quoting:
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                self._numeric = d.quoting == QUOTE_NONNUMERIC
                self._add(c)
                self._state = IN_FIELD
        elif state == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = IN_FIELD
        elif state == IN_FIELD or state == AFTER_ESCAPED_CRNL:
            if state == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            self._state = IN_FIELD
            if c is _EOL or c == '\n' or c == '\r':
                self._end_of_line(c)
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            else:
                self._add(c)
        elif state == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif quoting:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif state == ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif state == QUOTE_IN_QUOTED_FIELD:
            if quoting:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._end_of_line(c)
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif c == '\n' or c == '\r':     # EAT_CRNL
            pass
        elif c is _EOL:
            self._state = START_RECORD
        else:
            raise Error("new-line character seen in unquoted field - "
                        "do you need to open the file in universal-newline mode?")


def reader(csvfile, dialect=None, **fmtparams):
    """Records from csvfile, any iterable of lines (str)."""
    lines = iter(csvfile)
    return _Reader(lines, _Dialect(dialect, **fmtparams))


def _is_number(x):
    """What QUOTE_NONNUMERIC leaves unquoted: what converts to a number."""
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class _Writer:
    """Formats rows as CSV lines, passing each to the file's write()."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        special = dialect.delimiter + dialect.lineterminator + (dialect.escapechar or '')
        if dialect.quotechar is not None:
            special += dialect.quotechar
        self._special = re.compile('[%s]' % re.escape(special))

    def _field(self, field, quoted, out):
        d = self.dialect
        if self._special.search(field) is None:
            out.append(d.quotechar + field + d.quotechar if quoted else field)
            return
        chars = []
        for c in field:
            escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        text = ''.join(chars)
        if quoted:
            text = d.quotechar + text + d.quotechar
        out.append(text)

    def writerow(self, row):
        """Write one row (an iterable of fields); returns what write() returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        out = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                field = ''
            elif not isinstance(field, str):
                field = str(field)
            self._field(field, quoted, out)
        if len(out) == 1 and out[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d.quotechar * 2
        return self._write(d.delimiter.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(fileobj, dialect=None, **fmtparams):
    """A writer of CSV rows to fileobj, any object with a write() method."""
    write = getattr(fileobj, 'write', None)
    if write is None:
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _Dialect(dialect, **fmtparams))


class DictReader:
    """Records as dicts keyed by fieldnames (by default the first record);
    extra values go in a list under restkey, missing ones are restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        else:
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows in the order of fieldnames; a missing key writes
    restval, an extra key raises ValueError (extrasaction='raise') or is
    dropped ('ignore')."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise',
                 dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = set(rowdict) - set(self.fieldnames)
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# -- Sniffer ------------------------------------------------------------

# Quoted fields in the sample, tried in this order until one matches: a
# quoted field between two delimiters, at the start of a line before one,
# after one at the end of a line, alone on its line.
_QUOTED_FIELD = [re.compile(p, re.DOTALL | re.MULTILINE) for p in (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)')]


def _most_common(counts):
    return max(counts, key=counts.get)


def _space_after(line, delim):
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guess a CSV dialect, or whether a sample starts with a header row."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quote, doublequote, delim, space = self._from_quotes(sample, delimiters)
        if not delim:
            delim, space = self._from_frequencies(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.doublequote = doublequote
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = space
        return dialect

    def _from_quotes(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) read from
        the quoted fields of data; delimiter '' when they do not tell."""
        for pattern in _QUOTED_FIELD:
            found = list(pattern.finditer(data))
            if found:
                break
        else:
            return '', False, None, 0
        quotes, delims, spaced = {}, {}, 0
        for m in found:
            groups = m.groupdict()
            if groups['quote']:
                quotes[groups['quote']] = quotes.get(groups['quote'], 0) + 1
            d = groups.get('delim')
            if d is None:
                continue
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if groups.get('space'):
                spaced += 1
        quote = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            space = delims[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim, space = '', 0
        # a field holding a doubled quote, between delimiters or line ends
        d, q = re.escape(delim), quote
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                             % (d, q, d, q, d, q, d), re.MULTILINE)
        return quote, bool(doubled.search(data)), delim, space

    def _from_frequencies(self, data, delimiters):
        """The delimiter as the character whose count per line is the same
        on (nearly) every line, read in chunks of ten lines: (delimiter,
        skipinitialspace), or ('', 0)."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        histograms = {}          # char -> {count in a line: lines}
        delims = {}
        for rounds, start in enumerate(range(0, len(lines), chunk or 1), 1):
            for line in lines[start:start + chunk]:
                for char in map(chr, range(127)):
                    h = histograms.setdefault(char, {})
                    n = line.count(char)
                    h[n] = h.get(n, 0) + 1
            modes = self._modes(histograms)
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for char, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / total >= consistency \
                            and (delimiters is None or char in delimiters):
                        delims[char] = (count, lines_with)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return delim, _space_after(lines[0], delim)
        if not delims:
            return '', 0
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return d, _space_after(lines[0], d)
        delim = max((v, k) for k, v in delims.items())[1]
        return delim, _space_after(lines[0], delim)

    @staticmethod
    def _modes(histograms):
        """char -> (its commonest count per line, lines with that count
        less the lines with any other count), for chars seen at all."""
        modes = {}
        for char, h in histograms.items():
            counts = list(h.items())
            if len(counts) == 1 and counts[0][0] == 0:
                continue
            best = max(counts, key=lambda kv: kv[1])
            others = sum(n for c, n in counts if (c, n) != best) if len(counts) > 1 else 0
            modes[char] = (best[0], best[1] - others)
        return modes

    def has_header(self, sample):
        """True when the first row looks unlike the rows below it: a column
        whose values all parse as one numeric type, or all share one
        length, votes for a header when its first cell does not."""
        rows = reader(_io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                kind = _cell_kind(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kind != kinds[col]:
                    del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


def _cell_kind(cell):
    """complex when the cell parses as a number, else its length."""
    try:
        complex(cell)
    except (ValueError, OverflowError):
        return len(cell)
    return complex
