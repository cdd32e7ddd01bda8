# `match` and `case` stay ordinary names wherever a match statement cannot stand
match = {'a': 1}
print(match['a'])
match['b'] = 2
print(sorted(match))
class O: pass
match = O()
match.case = 'attr'
print(match.case)
match: int = 3
print(match)
def match(*a, **k): return a, k
print(match(1, x=2))
print(match (3, 4))
match, case = 1, 2
print(match, case)
case = lambda: 'called'
print(case())
match = [lambda x: x + 1]
print(match[0](1))
match = 5; match -= 1; print(match)
def f(match, case):
    return match + case
print(f(case=1, match=2))
print([match for match in range(3)])
