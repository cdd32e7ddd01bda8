# islower/isupper: a titlecase letter (Lt: ǅ ǈ ǋ ǲ ᾈ) is cased but neither lower nor upper
SAMPLES = ['ǅ', 'aǅ', 'ǅa', 'A ǅ', 'ǅ b', '1ǅ', 'ǈ', 'abcǈ', 'ABCǋ', 'ǲz', 'ᾈ', 'ᾈα', 'ΣᾈΣ', 'ﬁ', 'ı', 'Σ',
           'σς', 'ABC', 'abc', 'a1', 'A1', '', '1', 'ǆ', 'Ǆ', 'ǄA', 'ǆa', 'ǅ ǅ', 'Ǆǅ', 'ǆǅ']
for s in SAMPLES:
    print(repr(s), s.islower(), s.isupper(), s.istitle(), s.upper(), s.lower(), s.title(), s.swapcase())
