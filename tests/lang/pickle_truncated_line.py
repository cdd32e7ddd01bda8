# a text-opcode argument (GET, INT, FLOAT, STRING ...) cut off before its
# newline is a truncated stream, not a malformed number
import pickle

for data in [b"garbage", b"I12", b"F1.5", b"L12", b"(lp0", b"(I1\nI2\nt", b"I7\n."]:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
# a frame longer than the bytes left is truncated before any of it is read
for data in [b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.", b"\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x01.",
             b"\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01.", b"T\xff\xff\xff\xffabc."]:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        print(type(e).__name__, e)
