# except* (PEP 654): which part of a group each clause takes, how a naked
# exception is wrapped, and what is raised on when clauses leave a rest.
import sys


def show(tag, g):
    print(tag, type(g).__name__, repr(g))
    for x in getattr(g, 'exceptions', ()):
        print('   ', repr(x))


def group():
    return ExceptionGroup('top', [ValueError(1), TypeError(2), KeyError(3), ValueError(4)])


# by type and by tuple of types, clauses in order, each on what is left
try:
    raise group()
except* ValueError as e:
    show('value', e)
except* (TypeError, KeyError) as e:
    show('type/key', e)
except* OSError:
    print('never')
print('after')

# a naked exception comes to the clause wrapped in a group of its own
try:
    raise ValueError('naked')
except* ValueError as e:
    show('naked', e)
    print('exc_info', repr(sys.exc_info()[1]))

# a naked exception nothing matches goes on as itself
try:
    try:
        raise KeyError('k')
    except* ValueError:
        print('never')
except KeyError as k:
    print('naked rest', repr(k), k.__traceback__ is not None)

# the unmatched rest is raised on: a part of the group, same traceback
try:
    try:
        raise group()
    except* TypeError as e:
        show('caught', e)
        print('exc_info', repr(sys.exc_info()[1]))
except ExceptionGroup as g:
    show('rest', g)
    print('traceback kept', g.__traceback__ is not None)

# nothing matched: the group goes on whole (a copy of it, as python3)
eg = group()
try:
    try:
        raise eg
    except* OSError:
        print('never')
except ExceptionGroup as g:
    show('untouched', g)
    print('same traceback', g.__traceback__ is eg.__traceback__)

# nested groups keep their nesting in both parts
nested = ExceptionGroup('outer', [ValueError('a'),
                                  ExceptionGroup('inner', [TypeError('b'), ValueError('c')]),
                                  KeyError('d')])
try:
    try:
        raise nested
    except* ValueError as e:
        show('nested match', e)
        show('  inner part', e.exceptions[1])
except ExceptionGroup as g:
    show('nested rest', g)
    show('  inner rest', g.exceptions[0])

# BaseExceptionGroup: a BaseException in the group, or naked
try:
    raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError('v')])
except* ValueError as e:
    show('base value', e)
except* KeyboardInterrupt as e:
    show('base ki', e)
try:
    raise SystemExit(3)
except* SystemExit as e:
    show('naked base', e)

# a subclass of ExceptionGroup: the parts are derived (plain groups)
class MyGroup(ExceptionGroup):
    pass


try:
    try:
        raise MyGroup('mine', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show('subclass part', e)
except ExceptionGroup as g:
    show('subclass rest', g)

# the name is unbound after the clause, as after an except clause
def bound_after():
    try:
        raise ValueError(1)
    except* ValueError as e:
        pass
    try:
        return e
    except NameError:
        return 'unbound'


print(bound_after())

# else runs when nothing was raised; finally always
for exc in (None, ValueError('x'), ExceptionGroup('g', [TypeError('t')])):
    try:
        try:
            if exc is not None:
                raise exc
            print('body ran')
        except* ValueError as e:
            show('handler', e)
        else:
            print('else ran')
        finally:
            print('finally ran')
    except ExceptionGroup as g:
        show('on', g)

# nested try with except*: the inner rest reaches the outer clauses
try:
    try:
        raise group()
    except* ValueError as e:
        show('inner', e)
except* TypeError as e:
    show('outer type', e)
except* KeyError as e:
    show('outer key', e)

# a clause that matches nothing of what is left is skipped
try:
    raise ExceptionGroup('one', [ValueError(1)])
except* ValueError:
    print('first takes all')
except* ValueError:
    print('never: nothing left')


# in a function, a generator and a loop
def gen():
    for i in range(3):
        try:
            raise ExceptionGroup('g', [ValueError(i)])
        except* ValueError as e:
            yield e.exceptions[0].args[0]
            for j in range(5):
                if j == 1:
                    break
                continue


print(list(gen()))
