"""configparser for gilvm: INI-style configuration files, as python3's.

A file is [section] headers followed by 'key = value' (or 'key: value')
lines; a line indented deeper than its key continues the value, '#' and
';' start comment lines, and the DEFAULT section supplies values to every
other section.  Keys go through optionxform (lower-cased by default).
ConfigParser interpolates '%(key)s' references on get (BasicInterpolation);
ExtendedInterpolation takes '${key}' and '${section:key}' instead, and
RawConfigParser leaves values alone.  Sections are also reachable as
mappings: cfg['section']['key'].

What differs from CPython: no converters= argument (getint, getfloat and
getboolean are the only typed getters), no LegacyInterpolation."""

import os
import re

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError', 'NoOptionError',
           'InterpolationError', 'InterpolationDepthError', 'InterpolationMissingOptionError',
           'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError',
           'ConfigParser', 'RawConfigParser', 'Interpolation', 'BasicInterpolation',
           'ExtendedInterpolation', 'SectionProxy', 'DEFAULTSECT', 'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10


# ---- errors (their messages are python3's)

class Error(Exception):
    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _where(source, lineno):
    if lineno is None:
        return 'While reading from %r: ' % (source,)
    return 'While reading from %r [line %2d]: ' % (source, lineno)


class NoSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        msg = 'Section %r already exists' % (section,)
        if source is not None:
            msg = _where(source, lineno) + 'section %r already exists' % (section,)
        Error.__init__(self, msg)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        msg = 'Option %r in section %r already exists' % (option, section)
        if source is not None:
            msg = _where(source, lineno) + 'option %r in section %r already exists' % (option, section)
        Error.__init__(self, msg)
        self.section, self.option, self.source, self.lineno = section, option, source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section))
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        msg = ('Bad value substitution: option %r in section %r contains an interpolation key %r '
               'which is not a valid option name. Raw value: %r'
               % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        msg = ('Recursion limit exceeded in value substitution: option %r in section %r contains '
               'an interpolation key which cannot be substituted in %d steps. Raw value: %r'
               % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines that are neither headers, options nor continuations; all the
    bad lines of a source are gathered before this is raised."""

    def __init__(self, source):
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, repr(line))
        Exception.__init__(self, self.message)
        self.args = (self.source,)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.errors = [(lineno, line)]
        self.args = (filename, lineno, line)


# ---- interpolation

class Interpolation:
    """No interpolation: values come back as stored (RawConfigParser's)."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Substituting(Interpolation):
    """Shared by the two interpolations: escape is the doubled sign ('%%' or
    '$$'), a reference starts with opener, and _reference() parses one at
    the start of a string."""

    sign = '%'
    opener = '%('

    def _reference(self, option, section, rest):
        m = self._REF.match(rest)
        if m:
            return m.group(1), m.end()
        if rest.startswith(self.opener):
            raise InterpolationSyntaxError(option, section, 'bad interpolation variable reference %r'
                                           % (rest,))
        raise InterpolationSyntaxError(option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                                       % (self.sign, self.sign, self.opener[1], rest))

    def before_get(self, parser, section, option, value, defaults):
        return ''.join(self._expand(parser, option, section, value or '', defaults, 1))

    def before_set(self, parser, section, option, value):
        # python3 counts the position with the escapes and references taken out
        bare = self._REF.sub('', value.replace(self.sign * 2, ''))
        if self.sign in bare:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, bare.find(self.sign)))
        return value

    def _expand(self, parser, option, section, rest, mapping, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rest)
        out = []
        while rest:
            at = rest.find(self.sign)
            if at < 0:
                out.append(rest)
                break
            out.append(rest[:at])
            rest = rest[at:]
            if rest[1:2] == self.sign:
                out.append(self.sign)
                rest = rest[2:]
                continue
            ref, length = self._reference(option, section, rest)
            value, sect, opt = self._look_up(parser, option, section, mapping, ref, rest)
            rest = rest[length:]
            if self.sign in value:
                out.extend(self._expand(parser, opt, sect, value,
                                        mapping if sect == section else parser._merged(sect),
                                        depth + 1))
            else:
                out.append(value)
        return out


class BasicInterpolation(_Substituting):
    """'%(key)s' is replaced by key's value in the same section (or
    DEFAULT); '%%' is a percent sign."""

    _REF = re.compile(r'%\(([^)]+)\)s')

    def _look_up(self, parser, option, section, mapping, ref, rest):
        key = parser.optionxform(ref)
        try:
            value = mapping[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, rest, key) from None
        return (value if value is not None else ''), section, key


class ExtendedInterpolation(_Substituting):
    """'${key}' is replaced by key's value in the same section (or DEFAULT),
    '${section:key}' by one from another section; '$$' is a dollar sign."""

    sign = '$'
    opener = '${'
    _REF = re.compile(r'\$\{([^}]+)\}')

    def _look_up(self, parser, option, section, mapping, ref, rest):
        path = ref.split(':')
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section, 'More than one \':\' found: %r' % (rest,))
        sect = section if len(path) == 1 else path[0]
        key = parser.optionxform(path[-1])
        try:
            if len(path) == 1:
                value = mapping[key]
            else:
                value = parser.get(sect, key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, rest, ':'.join(path)) from None
        return (value if value is not None else ''), sect, key


# ---- the parsers

_UNSET = object()
_SECTION = re.compile(r'\[(?P<header>.+)\]')


class RawConfigParser:
    """Sections of options read from INI text, without interpolation."""

    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._proxies = dict_type()
        self._allow_no_value = allow_no_value
        self._delimiters = tuple(delimiters)
        delims = '|'.join(re.escape(d) for d in delimiters)
        self._option_re = re.compile(r'(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$%s'
                                     % (delims, '|(?P<bare>.+)$' if allow_no_value else ''))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = self._DEFAULT_INTERPOLATION if interpolation is _UNSET else interpolation
        if self._interpolation is None:
            self._interpolation = Interpolation()
        self._proxies[default_section] = SectionProxy(self, default_section)
        if defaults:
            self._read_defaults(defaults)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT not among them."""
        return list(self._sections)

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """The section's option names, followed by DEFAULT's it lacks."""
        try:
            names = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._defaults)
        return list(names)

    def read(self, filenames, encoding=None):
        """Read each file that can be opened (others are skipped); the list
        of those read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name))
        return done

    def read_file(self, f, source=None):
        """Read from an iterable of lines (a file, a list of strings)."""
        if source is None:
            # spelled so the C string embedding this file holds no trigraph
            source = getattr(f, 'name', '<' + '?' * 3 + '>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self._read(string.splitlines(True), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Sections from a mapping of section name -> mapping of options;
        names and values are converted to str."""
        seen = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """option's value in section (or DEFAULT, or vars, which come
        first); fallback if given when there is none, else NoSectionError
        or NoOptionError."""
        try:
            mapping = self._merged(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = mapping[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section) from None
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, mapping)

    def _merged(self, section, vars=None):
        """DEFAULT's options overlaid by section's, then by vars'."""
        merged = dict(self._defaults)
        if section != self.default_section:
            try:
                merged.update(self._sections[section])
            except KeyError:
                raise NoSectionError(section) from None
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value if value is None else str(value)
        return merged

    def _get_conv(self, section, option, conv, raw, vars, fallback):
        try:
            return conv(self.get(section, option, raw=raw, vars=vars))
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        return self._get_conv(section, option, int, raw, vars, fallback)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        return self._get_conv(section, option, float, raw, vars, fallback)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        return self._get_conv(section, option, self._convert_to_boolean, raw, vars, fallback)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError('Not a boolean: %s' % value) from None

    def items(self, section=_UNSET, raw=False, vars=None):
        """(name, value) pairs of a section, DEFAULT's included; with no
        section, (name, SectionProxy) for every section, DEFAULT first."""
        if section is _UNSET:
            return list(self._proxies.items())
        mapping = self._merged(section, vars)
        names = list(self._defaults) + [k for k in self._sections.get(section, {})
                                        if k not in self._defaults]
        names += [k for k in mapping if k not in names]
        if raw:
            return [(name, mapping[name]) for name in names]
        # unlike get(), a valueless option goes through interpolation ('' for None)
        return [(name, self._interpolation.before_get(self, section, name, mapping[name], mapping))
                for name in names]

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether section (DEFAULT if None or empty) has option, its own or
        DEFAULT's."""
        option = self.optionxform(option)
        if not section or section == self.default_section:
            return option in self._defaults
        if section not in self._sections:
            return False
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        options[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in the form read() reads."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = ' %s ' % delimiter
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for section, options in self._sections.items():
            self._write_section(fp, section, options.items(), delimiter)

    def _write_section(self, fp, name, items, delimiter):
        fp.write('[%s]\n' % name)
        for key, value in items:
            value = self._interpolation.before_write(self, name, key, value)
            if value is None and self._allow_no_value:
                fp.write('%s\n' % key)
                continue
            fp.write('%s%s%s\n' % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write('\n')

    def remove_option(self, section, option):
        """Remove option; False if it was not there."""
        if not section or section == self.default_section:
            options = self._defaults
        else:
            try:
                options = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        if option not in options:
            return False
        del options[option]
        return True

    def remove_section(self, section):
        """Remove section; False if there was none."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # the parser as a mapping of section name -> SectionProxy

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return iter([self.default_section] + list(self._sections))

    def keys(self):
        return list(self)

    # reading

    def _read(self, lines, source):
        _Reader(self, source).feed(lines)


class _Reader:
    """One pass over a source's lines into a parser.

    A value's lines are gathered in a list and joined when the source ends;
    a line indented deeper than the option that opened the value continues
    it.  Bad lines are gathered into one ParsingError raised at the end."""

    def __init__(self, parser, source):
        self.parser, self.source = parser, source
        self.section = None        # name of the section being read
        self.options = None        # its dict of option -> list of lines
        self.option = None         # the option a continuation would extend
        self.indent = 0            # that option's indentation
        self.seen = set()
        self.error = None
        self.pending = []          # (section, its dict, option): lines to join

    def feed(self, lines):
        lineno = 0
        for lineno, line in enumerate(lines, start=1):
            self._line(lineno, line)
        for section, options, option in self.pending:
            if isinstance(options.get(option), list):
                options[option] = self.parser._interpolation.before_read(
                    self.parser, section, option, '\n'.join(options[option]).rstrip())
        if self.error:
            raise self.error

    def _strip_comment(self, line):
        """The line's text without comments; None for a comment line."""
        prefixes = self.parser._comment_prefixes
        if prefixes and line.strip().startswith(prefixes):
            return None
        cut = len(line)
        for prefix in self.parser._inline_prefixes:
            at = line.find(prefix)
            while at > 0 and not line[at - 1].isspace():
                at = line.find(prefix, at + 1)
            if at >= 0:
                cut = min(cut, at)
        return line[:cut].strip()

    def _line(self, lineno, line):
        text = self._strip_comment(line)
        if not text:
            if text == '' and self.parser._empty_lines_in_values:
                if self.option and self.options.get(self.option) is not None:
                    self.options[self.option].append('')
            elif not self.parser._empty_lines_in_values:
                self.option = None
            return
        indent = len(line) - len(line.lstrip())
        if self.option and indent > self.indent:
            self.options[self.option].append(text)
            return
        self.indent = indent
        header = _SECTION.match(text)
        if header:
            self._section(header.group('header'), lineno)
        elif self.options is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self._option(text, lineno, line)

    def _section(self, name, lineno):
        parser = self.parser
        if name in parser._sections:
            if parser._strict and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
        elif name != parser.default_section:
            parser.add_section(name)
        self.options = parser._defaults if name == parser.default_section else parser._sections[name]
        self.section = name
        self.seen.add(name)
        self.option = None

    def _option(self, text, lineno, line):
        m = self.parser._option_re.match(text)
        if not m:
            self._bad(lineno, line)
            return
        bare = m.groupdict().get('bare')
        name = self.parser.optionxform((bare if bare is not None else m.group('option')).rstrip())
        if self.parser._strict and (self.section, name) in self.seen:
            raise DuplicateOptionError(self.section, name, self.source, lineno)
        self.seen.add((self.section, name))
        self.option = name
        if bare is not None:
            self.options[name] = None
        else:
            self.options[name] = [m.group('value').strip()]
            self.pending.append((self.section, self.options, name))

    def _bad(self, lineno, line):
        if self.error is None:
            self.error = ParsingError(self.source)
        self.error.append(lineno, line)
        self.option = None


class ConfigParser(RawConfigParser):
    """RawConfigParser with BasicInterpolation by default, and only strings
    as section names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._check_strings(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._check_strings(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # DEFAULT's values are taken as they are, not checked as set() would
        hold, self._interpolation = self._interpolation, Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = hold

    def _check_strings(self, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError('option values must be strings')


class SectionProxy:
    """One section of a parser as a mapping of option -> value."""

    def __init__(self, parser, name):
        self._parser, self._name = parser, name

    parser = property(lambda self: self._parser)
    name = property(lambda self: self._name)

    def __repr__(self):
        return '<Section: {}>'.format(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key)
                and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def keys(self):
        return self._options()

    def values(self):
        return [self[k] for k in self._options()]

    def items(self):
        return [(k, self[k]) for k in self._options()]

    def _options(self):
        if self._name == self._parser.default_section:
            return list(self._parser._defaults)
        return self._parser.options(self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None):
        return self._parser.get(self._name, option, raw=raw, vars=vars, fallback=fallback)

    def getint(self, option, fallback=None, *, raw=False, vars=None):
        return self._parser.getint(self._name, option, raw=raw, vars=vars, fallback=fallback)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None):
        return self._parser.getfloat(self._name, option, raw=raw, vars=vars, fallback=fallback)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None):
        return self._parser.getboolean(self._name, option, raw=raw, vars=vars, fallback=fallback)
