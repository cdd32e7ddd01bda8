# contextvars: get/set/reset through Tokens, Context.run and copies, the
# mapping interface, each thread's own empty context, and the error cases.
import contextvars
import threading
from contextvars import Context, ContextVar, Token, copy_context

color = ContextVar('color', default='red')
size = ContextVar('size')
print(color.name, color.get(), color.get('blue'), size.get(0))
try:
    size.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is size)

tok = size.set(3)
print(size.get(), tok.var is size, tok.old_value is Token.MISSING, repr(Token.MISSING))
tok2 = size.set(4)
print(size.get(), tok2.old_value)
size.reset(tok2)
print(size.get())
size.reset(tok)
print(size.get(None))

# run() makes the copy current; what the callable sets stays in the copy.
def work(n):
    size.set(n)
    color.set('green')
    return size.get() * 10

ctx = copy_context()
print(ctx.run(work, 7), size.get('unset'), color.get())
print(ctx[size], ctx.get(color), size in ctx, len(ctx), ctx.get(ContextVar('other'), 'none'))
print(sorted(v.name for v in ctx), sorted(str(v) for v in ctx.values()),
      sorted((k.name, v) for k, v in ctx.items()), len(list(ctx.keys())))
snap = ctx.copy()
ctx.run(size.set, 8)
print(ctx[size], snap[size], snap == ctx, snap == snap.copy(), Context() == Context(), len(Context()))

# A context running again inside itself is refused; nesting different ones is not.
def nested():
    return snap.run(size.get)

print(ctx.run(nested))
for bad in (lambda: ctx.run(ctx.run, len, ()),
            lambda: ctx[1], lambda: 'x' in ctx, lambda: ctx.get(None),
            lambda: ctx[ContextVar('absent')],
            lambda: ContextVar(5), lambda: Token(), lambda: hash(ctx),
            lambda: color.get(1, 2), lambda: size.reset('token')):
    try:
        bad()
        print('no error')
    except (RuntimeError, TypeError, KeyError) as e:
        print(type(e).__name__)

# reset: a token works once, for its own variable, in its own context.
tok = size.set(1)
try:
    color.reset(tok)
except ValueError:
    print('ValueError other var')
try:
    Context().run(size.reset, tok)
except ValueError:
    print('ValueError other context')
size.reset(tok)
try:
    size.reset(tok)
except RuntimeError:
    print('RuntimeError used twice')
try:
    color.name = 'x'
except AttributeError:
    print('AttributeError name is read-only')
try:
    class Sub(ContextVar):
        pass
    print('subclassed')
except TypeError:
    print('TypeError no subclass')

# Every thread starts with an empty context of its own.
size.set('main')
seen = {}
def thread_body(label):
    seen[label + ' before'] = size.get('empty')
    size.set(label)
    seen[label + ' after'] = size.get()
    seen[label + ' copy'] = len(copy_context())

threads = [threading.Thread(target=thread_body, args=(n,)) for n in ('t1', 't2')]
for t in threads:
    t.start()
    t.join()
print(sorted(seen.items()), size.get())
print(sorted(contextvars.__all__))
