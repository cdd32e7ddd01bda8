# Deleting from a bytearray's front (a FIFO buffer: del buf[:k]) keeps the
# right bytes through later appends, inserts, slices and deletions of
# every shape; it is cheap, so a 4 MB buffer drains in small steps.
buf = bytearray(range(256)) * 4
del buf[:10]
print(len(buf), buf[:5], buf[-3:])
buf += b'tail'
del buf[:1]
del buf[0]
print(len(buf), buf[:3], bytes(buf[-6:]))
buf.insert(0, 255)
buf[0:0] = b'AB'
print(buf[:5])
del buf[::2]
print(len(buf), buf[:4])
del buf[3:7]
del buf[-5:-1]
del buf[::-3]
print(len(buf), buf[:6], buf[-4:])
chunks = bytearray(b'0123456789' * 400000)
total = 0
while chunks:
    total += chunks[0] + chunks[-1]
    del chunks[:4096]
print(total, len(chunks))
chunks.extend(b'again')
print(chunks, chunks.find(b'ai'), chunks.upper())
m = bytearray(b'abcdef')
view = memoryview(m)
try:
    del m[:2]
except BufferError as e:
    print('BufferError', e)
view.release()
del m[:2]
print(m, m == b'cdef', hash(bytes(m)) == hash(b'cdef'))
for k in range(0, 9):
    b = bytearray(b'abcdefgh')
    del b[:k]
    b.append(ord('!'))
    print(k, b)
