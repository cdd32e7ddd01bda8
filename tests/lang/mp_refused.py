# What gilvm's multiprocessing refuses, each with one clear line.
import multiprocessing as mp
import pickle

try:
    mp.set_start_method('forkserver')
except ValueError as e:
    print('ValueError:', e)
print(mp.get_start_method(), mp.get_all_start_methods(), mp.get_context('fork').get_start_method())
for name in ('Lock', 'Value', 'Array', 'Manager'):
    try:
        getattr(mp, name)()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
q = mp.Queue()
try:
    pickle.dumps(q)
except RuntimeError as e:
    print('RuntimeError:', e)
q.close()
