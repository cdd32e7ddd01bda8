# string.Template: $name, ${name}, $$, errors, safe_substitute, subclass attributes
import string
from string import Template

t = Template('$who likes ${what}; costs $$5 for $who.')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, who='kw wins'))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid())
print(Template('$x$y${x}').get_identifiers())
print(Template('no placeholders').substitute(), repr(Template('').substitute()))
print(Template('$a.$b-$c_d').substitute(a=1, b=2.5, c_d=[3]))
print(Template('${a}b $ab').safe_substitute(a='A'))

for text in ['cost: $', 'line one\nbad $5 here', 'x\n$', '$ at start', '${unclosed', 'ok\nok\n  ${1}']:
    try:
        Template(text).substitute(a=1)
    except ValueError as e:
        print('ValueError:', e)
    print(repr(Template(text).safe_substitute(a=1)), Template(text).is_valid())

try:
    Template('$missing and $there').substitute(there=1)
except KeyError as e:
    print('KeyError:', e)
try:
    Template('${missing}').substitute({})
except KeyError as e:
    print('KeyError:', e)
try:
    t.substitute({}, {})
except TypeError as e:
    print('TypeError')


class Percent(Template):
    delimiter = '%'


print(Percent('%who owes %%%amount').substitute(who='bob', amount=3))
print(Percent('$who %who').safe_substitute(who='x'))


class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'


print(Dotted('$user.name is ${user.age}').safe_substitute({'user.name': 'ann'}))


class Braced(Template):
    braceidpattern = r'[A-Z ]+'


print(Braced('$lower and ${UP PER}').substitute({'lower': 'l', 'UP PER': 'U'}))


class CaseSensitive(Template):
    flags = 0
    idpattern = r'[a-z]+'


print(CaseSensitive('$abc$ABC').safe_substitute(abc=1, ABC=2))
print(Template('$abc$ABC').safe_substitute(abc=1, ABC=2))


class OwnPattern(Template):
    pattern = r'''
    \[(?:
      (?P<escaped>\[) |
      (?P<named>[a-z]+)\] |
      (?P<braced>!!!)\] |
      (?P<invalid>)
    )'''


o = OwnPattern('[name] and [[ and [bad')
print(o.safe_substitute(name='N'), o.is_valid(), o.get_identifiers())
try:
    o.substitute(name='N')
except ValueError as e:
    print('ValueError:', e)


class Broken(Template):
    pattern = r'\$(?P<named>[a-z]+)|(?P<braced>!{9})|(?P<escaped>~{9})|(?P<invalid>\^{9})|(?P<other>@)'


try:
    Broken('$a @').substitute(a=1)
except ValueError as e:
    print('ValueError:', e.args[0])
try:
    Broken('@').is_valid()
except ValueError as e:
    print('ValueError:', e.args[0])
try:
    Broken('@').get_identifiers()
except ValueError as e:
    print('ValueError:', e.args[0])
print(Broken('$a').get_identifiers(), Broken('$a').is_valid())
print(Template('a\rb $').safe_substitute(), end='|\n')
for text in ['a\rb $', 'a\x0cb\n\ncd $']:
    try:
        Template(text).substitute()
    except ValueError as e:
        print('ValueError:', e)
print(type(Template.pattern).__name__, Percent.pattern.search('$a %b').group('named'))
