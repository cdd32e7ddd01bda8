# keyword lists the language's keywords; iskeyword answers for any word.
import keyword

print(len(keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
print(keyword.kwlist)
for word in ('if', 'True', 'None', 'async', 'await', 'nonlocal', 'yield',
             'print', 'exec', 'true', 'self', 'match', 'case', '_', '', 'IF'):
    print(repr(word), keyword.iskeyword(word))
print([w for w in ('lambda', 'x', 'from', 'import_', 'with') if keyword.iskeyword(w)])
print(keyword.issoftkeyword('if'), keyword.issoftkeyword('print'))
print(isinstance(keyword.softkwlist, list))
for word in keyword.kwlist:
    try:
        compile(word + ' = 1', '<kw>', 'exec')
        print('assignable:', word)
    except SyntaxError:
        pass
print('done')
