# the decoder's one-regex fast paths (plain strings, "key": pairs, commas)
# and its long way must agree: same values, and python3's message and
# position for every malformed document
import json

good = ['{"a": 1, "b": [1, 2, {"c": "d"}], "e": {}}', '{ "a" :1 ,"b":[ ] , "c" : "x\\ny" }',
        '[1,2 , 3 ,\n4]', '{"k\\u00e9y": "v\\"q", "": ""}', '[ "a" , "b\\\\" ,"\\ud83d\\ude00" ]',
        '{"a":{"b":{"c":[[],[{}]]}}}', '\t[\r\n1 ]', '{"dup": 1, "dup": 2}']
for doc in good:
    print(json.loads(doc))
bad = ['{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', '[1, 2,]', '[1 2]', '{a: 1}', '{"a": }', '[,1]',
       '{"a": 1, "b"}', '{"a":1,  \n  }', '["x\ty"]', '{"k\x01": 1}', '[1, "abc', '{"a": [1, 2}',
       '{"a"  :  1  ,  "b" : [1 ,  ] }', '{"a": 1}}', '[1,\n\n  2,\n  x]', '{"a": "\\q"}', '']
for doc in bad:
    try:
        json.loads(doc)
        print("parsed?", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, e.pos)
print(json.loads('["a\tb"]', strict=False), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
big = json.dumps([{"id": i, "name": "n%d" % i, "tags": ["x", str(i)], "v": i / 4} for i in range(300)])
print(json.loads(big)[299], len(json.loads(big, object_hook=lambda d: sorted(d))))
