# configparser's errors, with python3's messages: missing sections and
# options, duplicates, missing header, unparsable lines (all gathered),
# interpolation failures, bad booleans and numbers, non-string values.
import configparser


def attempt(label, func):
    try:
        print(label, 'ok', repr(func()))
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(label, type(e).__name__, str(e).replace('\n', ' | '))


cfg = configparser.ConfigParser()
cfg.read_string('[s]\na = 1\nb = %(a)s%(a)s\nloop = %(loop)s\nbad = %(nope)s\n'
                'pct = 5%x\nflag = maybe\nword = abc\n')
attempt('no section', lambda: cfg.get('t', 'a'))
attempt('no option', lambda: cfg.get('s', 'zz'))
attempt('getint no option', lambda: cfg.getint('s', 'zz'))
attempt('chain', lambda: cfg.get('s', 'b'))
attempt('loop', lambda: cfg.get('s', 'loop'))
attempt('missing ref', lambda: cfg.get('s', 'bad'))
attempt('bad percent', lambda: cfg.get('s', 'pct'))
attempt('boolean', lambda: cfg.getboolean('s', 'flag'))
attempt('int', lambda: cfg.getint('s', 'word'))
attempt('float', lambda: cfg.getfloat('s', 'word'))
attempt('items', lambda: cfg.items('t'))
attempt('options', lambda: cfg.options('t'))
attempt('dup section', lambda: cfg.add_section('s'))
attempt('default section', lambda: cfg.add_section('DEFAULT'))
attempt('int section', lambda: cfg.add_section(3))
attempt('set no section', lambda: cfg.set('t', 'a', '1'))
attempt('set int', lambda: cfg.set('s', 'a', 1))
attempt('set bad syntax', lambda: cfg.set('s', 'a', '100%'))
attempt('set bad syntax 2', lambda: cfg.set('s', 'a', '%%x %(ok)s %y'))
attempt('remove no section', lambda: cfg.remove_option('t', 'a'))
attempt('mapping', lambda: cfg['t'])
attempt('proxy', lambda: cfg['s']['zz'])
attempt('del default', lambda: cfg.__delitem__('DEFAULT'))
attempt('del missing', lambda: cfg.__delitem__('t'))
attempt('proxy int', lambda: cfg['s'].__setitem__('k', 2))

for text in ('a = 1\n[s]\n', '[s]\na = 1\n[s]\n', '[s]\na = 1\nA = 2\n',
             '[s]\nok = 1\ngarbage\n = nothing\nmore garbage\n', '[s]\n  [t]\nx\n',
             '\n\n  x = 1\n'):
    p = configparser.ConfigParser()
    attempt(repr(text), lambda: p.read_string(text, source='conf.ini'))
p = configparser.ConfigParser(strict=False)
p.read_string('[s]\na = 1\na = 2\n[s]\nb = 3\n')
print('not strict', dict(p['s']))
attempt('dict dup', lambda: configparser.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
e = configparser.ParsingError('src')
e.append(3, 'x')
print(e.errors, e.source, isinstance(configparser.MissingSectionHeaderError('f', 1, 'l'), configparser.ParsingError))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[s]\na = ${t:x}\nb = ${a:b:c}\nc = $x\nd = ${nope}\n')
for key in 'acd':
    attempt('ext ' + key, lambda: ext.get('s', key))
try:
    ext.get('s', 'b')
except configparser.InterpolationSyntaxError:
    print('ext b InterpolationSyntaxError')   # python3's message shows an empty raw value
print(issubclass(configparser.NoOptionError, configparser.Error),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError))
