# a text-opcode argument (GET, INT, FLOAT, STRING ...) cut off before its
# newline is a truncated stream, not a malformed number
import pickle

for data in [b"garbage", b"I12", b"F1.5", b"L12", b"(lp0", b"(I1\nI2\nt", b"I7\n."]:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
