# except*: what handlers raise is collected, then raised on with the rest
# (python3's rule: new exceptions and the re-raised parts of the group,
# the latter as one projection of the group, in an ExceptionGroup('', ...)).


def show(tag, g, depth=0):
    print('  ' * depth + tag, repr(g))
    for x in getattr(g, 'exceptions', ()):
        show('-', x, depth + 1)


def group():
    return ExceptionGroup('top', [ValueError(1), TypeError(2), KeyError(3)])


def run(tag, f):
    try:
        f()
        print(tag, 'nothing raised')
    except BaseExceptionGroup as g:
        show(tag, g)
    except Exception as x:
        print(tag, 'naked', repr(x), 'context', repr(x.__context__))


# one handler raises a new exception; the unmatched rest joins it
def new_and_rest():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError('new')


run('new and rest', new_and_rest)


# both clauses raise; each new exception's context is the clause's part
def two_new():
    try:
        raise group()
    except* ValueError:
        1 / 0
    except* (TypeError, KeyError):
        [][1]


def contexts():
    try:
        two_new()
    except ExceptionGroup as g:
        for x in g.exceptions:
            print('context of', repr(x), 'is', repr(x.__context__))


run('two new', two_new)
contexts()


# a bare raise re-raises the part: with the rest it makes the group again
def bare():
    try:
        raise group()
    except* ValueError:
        raise
    except* TypeError:
        raise


run('bare raises', bare)


# raise e adds a traceback entry: it counts as new
def raise_e():
    try:
        raise group()
    except* TypeError as e:
        raise e


run('raise e', raise_e)


# a naked exception: what its clause raises goes on alone
def naked_new():
    try:
        raise ValueError('v')
    except* ValueError:
        raise KeyError('from handler')


run('naked new', naked_new)


def naked_bare():
    try:
        raise ValueError('v')
    except* ValueError:
        raise


run('naked bare', naked_bare)


# all matched, all handled: nothing goes on
def all_handled():
    try:
        raise group()
    except* ValueError:
        pass
    except* (TypeError, KeyError):
        pass


run('all handled', all_handled)


# an exception caught inside a handler stays there
def caught_inside():
    try:
        raise group()
    except* ValueError:
        try:
            raise OSError('inner')
        except OSError as o:
            print('caught inside', repr(o))
    except* (TypeError, KeyError):
        pass


run('caught inside', caught_inside)


# a handler raising a group: it is one of the new exceptions
def raises_group():
    try:
        raise group()
    except* ValueError:
        raise ExceptionGroup('h', [OSError('o')])


run('raises group', raises_group)


# finally runs while the combined group goes on
def with_finally():
    try:
        raise group()
    except* ValueError:
        raise RuntimeError('r')
    finally:
        print('finally runs')


run('with finally', with_finally)


# except* ExceptionGroup is refused when the clause is reached, and the
# TypeError's context is the exception being handled
def eg_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


run('ExceptionGroup', eg_type)


def eg_in_tuple():
    try:
        raise ValueError(1)
    except* (KeyError, BaseExceptionGroup):
        pass


run('in tuple', eg_in_tuple)


def not_a_class():
    try:
        raise ValueError(1)
    except* 3:
        pass


run('not a class', not_a_class)


# a clause never reached is not checked
def not_reached():
    try:
        pass
    except* ExceptionGroup:
        pass


run('not reached', not_reached)
