# except*: what the clauses leave goes on uncaught, and python3 prints it
# in boxes: a handler's new exception (with its context, the clause's part)
# beside the unmatched rest, each with its own traceback.


def work():
    raise ExceptionGroup('many', [ValueError(1), TypeError(2), KeyError(3)])


def handle():
    try:
        work()
    except* ValueError as e:
        print('handled', repr(e))
    except* TypeError:
        raise RuntimeError('in handler')


handle()
