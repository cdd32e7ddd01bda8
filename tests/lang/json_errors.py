# json decode errors: python3's message, position, line and column for each
# kind of bad document; JSONDecodeError is a ValueError importable from json
# and json.decoder; loads refuses what is not str/bytes/bytearray.
import json
import json.decoder
from json import JSONDecodeError

print(JSONDecodeError is json.decoder.JSONDecodeError, issubclass(JSONDecodeError, ValueError))
docs = ['', '   ', '[', '[1,', '[1 2', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,',
        '{"a":1 "b"', '{"a":1,}', '{1:2}', "{'a': 1}", '"abc', '"a\x01"', '"a\nb"', r'"\x"',
        r'"\u00zz"', r'"\u00', r'"\ud83d\u00zz"', '"a\\', '1 2', '[1] x', 'nul', 'True', '-',
        '1e', '01', '.5', '- 1', '+1', 'nan', '\ufeff1', '  \n [1,\n  x]', '{\n  "a": 1\n  "b": 2\n}']
for doc in docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

try:
    json.loads('"a\tb"', strict=True)
except ValueError as e:
    print("ValueError", e)
try:
    json.JSONDecoder().raw_decode("  1")
except JSONDecodeError as e:
    print("raw_decode", e)
for bad in (3, None, ["[]"]):
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)
e = JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.args, e.lineno, e.colno)
