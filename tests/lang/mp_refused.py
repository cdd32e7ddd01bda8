# What gilvm's multiprocessing refuses, each with one clear line.
import multiprocessing as mp
import pickle
from multiprocessing.managers import SyncManager

try:
    mp.set_start_method('forkserver')
except ValueError as e:
    print('ValueError:', e)
print(mp.get_start_method(), mp.get_all_start_methods(), mp.get_context('fork').get_start_method())
try:
    SyncManager(address=('127.0.0.1', 50000))
except NotImplementedError as e:
    print('NotImplementedError:', e)
for make in (mp.Queue, mp.Lock, mp.Event, lambda: mp.Value('i', 1), lambda: mp.RawArray('i', 3)):
    obj = make()
    try:
        pickle.dumps(obj)
    except RuntimeError as e:
        print('RuntimeError:', e)
