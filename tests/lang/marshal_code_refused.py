# marshal: gilvm's code objects cannot be built from their fields, so
# marshal refuses them both ways (python3 marshals them, so this test has
# no oracle: see marshal_code_refused.nopy).
import marshal


def f(x):
    return x + 1


for value in (f.__code__, [1, f.__code__]):
    try:
        marshal.dumps(value)
    except ValueError as e:
        print('ValueError:', e)
try:
    marshal.loads(b'c' + b'\0' * 40)
except ValueError as e:
    print('ValueError:', e)
