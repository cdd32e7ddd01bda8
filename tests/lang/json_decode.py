# json.loads/load: every value kind, whitespace, escapes and surrogate pairs,
# big integers, the hooks (object_hook, object_pairs_hook, parse_float,
# parse_int, parse_constant), strict=False, bytes input, JSONDecoder's
# decode/raw_decode, and round trips through dumps.
import json
import io

print(json.loads('{"a": [1, -2, 3.5, -0.25e2, 1E3, true, false, null, "s"], "b": {}}'))
print(json.loads(' \t\n\r [ ] \n'), json.loads('{}'), json.loads('"x"'), json.loads('0'))
print(repr(json.loads(r'"\"\\\/\b\f\n\r\t\u0041\u00e9\u20ac\ud83d\ude00"')))
print(repr(json.loads(r'"\ud83dx"')), repr(json.loads(r'"\ud83d\u0041"')), len(json.loads(r'"\ud83d\ude00"')))
print(json.loads("123456789012345678901234567890123456789"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("1.5e300"), json.loads("1e400"), json.loads("0.1"), json.loads("2E-3"))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"z": 1, "a": 2, "m": 3}'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads("[1.5, 2, 10]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: "C" + s))
print(repr(json.loads('"tab\there"', strict=False)))
print(json.loads(b'{"\xc3\xa9": [1]}'), json.loads(bytearray(b"[2]")), json.loads(b'\xef\xbb\xbf[3]'))
print(json.load(io.StringIO('{"rows": [[1, 2]]}')))

dec = json.JSONDecoder()
print(dec.decode(' [1, {"x": null}] '))
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx[1]', 2))
print(json.JSONDecoder(object_hook=lambda d: len(d)).decode('[{"a": 1, "b": 2}]'))


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 2}}', cls=Dec))

data = {"name": "run\u00e9", "rows": [[1, 2.5, None], [True, False, "x\ny"]],
        "nested": {"k": [{}, []]}, "big": 2**80, "neg": -1e-9}
for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
    text = json.dumps(data, **kw)
    print(json.loads(text) == data, len(text))
