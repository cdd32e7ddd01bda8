# int.from_bytes takes what bytes() takes (buffers, __bytes__, iterables of
# ints) but not an int or str, and a subclass gets its own instance.
class I(int): pass
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, 'EXC', type(e).__name__, e)
t('sub', lambda: type(I.from_bytes(b'\x01', 'big')).__name__)
t('ba', lambda: int.from_bytes(bytearray(b'\x01\x02'), 'big'))
t('mv', lambda: int.from_bytes(memoryview(b'\x01\x02'), 'little'))
t('list', lambda: int.from_bytes([1, 2, 255], 'big', signed=True))
t('tuple', lambda: int.from_bytes((1,), 'big'))
t('gen', lambda: int.from_bytes(iter([1, 2]), 'big'))
t('int', lambda: int.from_bytes(5, 'big'))
t('str', lambda: int.from_bytes('ab', 'big'))
t('bad', lambda: int.from_bytes([256], 'big'))
t('badorder', lambda: int.from_bytes(b'', 'middle'))
class B:
    def __bytes__(self): return b'\x07'
t('dunder', lambda: int.from_bytes(B(), 'big'))
