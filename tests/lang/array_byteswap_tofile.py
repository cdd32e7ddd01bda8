import array, io
b = array.array("d", [1.5, 2.5]); b.byteswap(); print(b.tobytes().hex()); b.byteswap(); print(b)
h = array.array("H", [1, 0x1234]); h.byteswap(); print(h)
print(array.array("b", [1, 2]).buffer_info()[1], type(array.array("i").buffer_info()[0]).__name__)
f = io.BytesIO(); array.array("i", [1, 2, 3]).tofile(f); print(f.getvalue())
f.seek(0); a = array.array("i"); a.fromfile(f, 2); print(a)
try: a.fromfile(f, 5)
except EOFError as e: print("EOF", e, a)
