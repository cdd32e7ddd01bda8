"""doctest over examples that all pass: continuation lines, a function and
a class defined in examples, a for loop echoing each value, comments.
>>> def f(x):
...     if x:
...         return 'yes'
...     return 'no'
...
>>> f(1), f(0)
('yes', 'no')
>>> class A:
...     def __repr__(self):
...         return 'A()'
>>> [A(), A()]
[A(), A()]
>>> for i in range(3):
...     i
0
1
2
>>> print('héllo')
héllo
>>> import sys; print(sys.displayhook is sys.__displayhook__)
True
>>> _ = 5
>>> {'b': 1, 'a': 2}
{'b': 1, 'a': 2}
>>> x = 10  # comment
>>> x
10
>>> #only a comment
>>> 'a\\tb'
'a\\tb'
"""
if __name__ == "__main__":
    import doctest
    doctest.testmod()   # quiet: prints nothing when all pass
    print(doctest.testmod(verbose=False))
