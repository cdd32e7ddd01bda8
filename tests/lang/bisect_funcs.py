import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, 0, 4))
b = []
for x in (5, 1, 4, 1, 3, 9, 2, 6):
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4); bisect.insort_right(b, 4, 0, 3); print(b)
words = ['apple', 'fig', 'kiwi']
bisect.insort(words, 'grape'); print(words)
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print('ValueError', e)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try: bisect.bisect([1, 2], 'x')
except TypeError as e: print('TypeError', e)
