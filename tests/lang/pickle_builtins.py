# pickle and copy of slice, range, array.array, NotImplemented, Ellipsis and
# the types of None, NotImplemented and Ellipsis.
import pickle
for o in [slice(1,2,3), range(1,5,2), 1+2j, bytearray(b'ab'), frozenset({1}), {1}, NotImplemented, Ellipsis, type(None), print]:
  try: print(type(o).__name__, pickle.loads(pickle.dumps(o)) == o)
  except Exception as e: print(type(o).__name__, 'ERR', e)
import copy
print(copy.copy(slice(1, None)), copy.deepcopy([range(3), slice(2)]), slice(1,2).__reduce__(), range(0, 9, 3).__reduce__())
for proto in range(2, 6):
    print(proto, pickle.loads(pickle.dumps([slice(None, 5, -1), range(-3, 7, 2), NotImplemented, ..., type(None), type(...), type(NotImplemented)], proto)))
print(NotImplemented.__reduce__(), Ellipsis.__reduce__())
import array
a = array.array('d', [1.5, 2]); print(pickle.loads(pickle.dumps(a)), copy.deepcopy(a), copy.copy(array.array('b', [1])))
