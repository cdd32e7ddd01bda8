# configparser: reading (strings, files, line lists, dicts), DEFAULT,
# continuation lines, comments, both delimiters, typed getters with
# fallbacks, mapping access, set/remove, write, and both interpolations.
import configparser
import io
import os
import tempfile

TEXT = """\
# a comment
; another
[DEFAULT]
home = /srv
Level: 3

[Paths]
Data = %(home)s/data
logs=%(data)s/logs
percent = 100%%
long = first line
    second line

    after a blank
  indented less, still more than the key
empty =

[Flags]
debug = yes
ratio : 0.25
off = Off
count = 12
"""

cfg = configparser.ConfigParser()
cfg.read_string(TEXT)
print(cfg.sections(), cfg.defaults(), list(cfg), len(cfg))
print(cfg.options('Paths'))
print(cfg.get('Paths', 'data'), cfg.get('paths'.capitalize(), 'LOGS'), cfg.get('Paths', 'percent'))
print(repr(cfg.get('Paths', 'long')), repr(cfg.get('Paths', 'empty')))
print(cfg.get('Paths', 'logs', raw=True), cfg.get('Paths', 'data', vars={'home': '/tmp'}))
print(cfg.getint('Flags', 'count'), cfg.getfloat('Flags', 'ratio'), cfg.getboolean('Flags', 'debug'),
      cfg.getboolean('Flags', 'off'), cfg.getint('Flags', 'level'))
print(cfg.get('Flags', 'nope', fallback='fb'), cfg.getint('Nope', 'x', fallback=-1),
      cfg.getboolean('Flags', 'nope', fallback=None))
print(cfg.has_section('Paths'), cfg.has_section('DEFAULT'), cfg.has_option('Paths', 'HOME'),
      cfg.has_option('Nope', 'home'), cfg.has_option(None, 'level'), cfg.has_option('Flags', 'data'))
print(cfg.items('Flags'))
print([name for name, proxy in cfg.items()], type(list(cfg.items())[1][1]).__name__)

# sections as mappings
paths = cfg['Paths']
print(paths.name, paths['data'], 'logs' in paths, 'nope' in paths, len(paths), list(paths)[:3])
print(paths.get('nope'), paths.get('nope', 'dflt'), cfg['Flags'].getint('count'),
      cfg['Flags'].getboolean('missing', True), cfg['DEFAULT']['home'], repr(paths))
paths['new'] = 'n'
del paths['new']
cfg['Extra'] = {'A': 1, 'b': 'two'}
print(dict(cfg['Extra']), 'Extra' in cfg, cfg['Extra'].parser is cfg)
cfg['Extra'] = {'c': 'replaced'}
print(dict(cfg['Extra']))
del cfg['Extra']
print('Extra' in cfg, cfg.sections())

# changing
cfg.add_section('New')
cfg.set('New', 'Key', 'v')
cfg.set('DEFAULT', 'shared', 'yes')
print(cfg.get('New', 'key'), cfg.get('Flags', 'shared'), cfg.remove_option('New', 'key'),
      cfg.remove_option('New', 'key'), cfg.remove_section('New'), cfg.remove_section('New'))

out = io.StringIO()
cfg.write(out)
print(out.getvalue())
raw = configparser.RawConfigParser()
raw.add_section('s')
raw.set('s', 'num', 5)
raw.set('s', 'pct', '%(x)s raw')
raw.set('s', 'multi', 'a\nb')
print(raw.get('s', 'num'), raw.get('s', 'pct'))
out = io.StringIO()
raw.write(out, space_around_delimiters=False)
print(repr(out.getvalue()))

# the written text reads back the same
again = configparser.ConfigParser()
out = io.StringIO()
cfg.write(out)
again.read_string(out.getvalue())
print(all(dict(again[s]) == dict(cfg[s]) for s in cfg), again.sections())

# files: read() skips the missing ones; read_file takes any lines
with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, 'one.ini')
    with open(name, 'w') as f:
        f.write('[file]\nk = from file\n')
    fc = configparser.ConfigParser()
    print(fc.read([name, os.path.join(d, 'missing.ini')]) == [name], fc.get('file', 'k'))
    with open(name) as f:
        fc.read_file(f)
fc.read_file(['[lines]\n', 'x = 1\n', '  continued\n'])
print(fc.sections(), repr(fc['lines']['x']))
fc.read_dict({'d': {'n': 1, 2.5: True}, 'file': {'k2': 'v2'}})
print(dict(fc['d']), dict(fc['file']))

# defaults given to the constructor, and other options
opts = configparser.ConfigParser({'base': 'b', 'pct': '%(base)s!'}, allow_no_value=True,
                                 delimiters=('=',), inline_comment_prefixes=(';',),
                                 default_section='common')
opts.read_string('[s]\nflag\nkey: colon = equals ; comment\ntext = a;b\n')
print(opts.items('s'), opts.get('s', 'pct'), opts.sections(), list(opts))

# ExtendedInterpolation
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[common]\nroot = /opt\ncost = $$5\n[app]\nbin = ${common:root}/bin\n'
                'lib = ${bin}/../lib\nself = ${DEFAULT:none}\n')
print(ext.get('app', 'bin'), ext.get('app', 'lib'), ext.get('common', 'cost'))
noint = configparser.ConfigParser(interpolation=None)
noint.read_string('[s]\nv = %(x)s 100%\n')
print(noint.get('s', 'v'))
