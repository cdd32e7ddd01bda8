# itertools: every function the GIL benchmarks and common scripts use, with
# python3's results (including groupby's shared-iterator rule, islice's
# argument checks, tee's independence, and empty/edge inputs).
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 2.5), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])))
print(list(it.repeat("x", 3)), list(it.islice(it.repeat(7), 2)), list(it.repeat(1, 0)))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice(range(10), None)),
      list(it.islice(range(10), 3, None)), list(it.islice("abcdef", 1, 4)))
for bad in [(-1,), (0, -1), (0, 5, 0), ("a",)]:
    try:
        it.islice(range(3), *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(it.chain("ab", [1, 2], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.zip_longest()))
print(list(it.product("ab", [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 0)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
groups = list(it.groupby("aabb"))
print([(k, list(g)) for k, g in groups])
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.filterfalse(None, [0, 1, "", "a"])))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a))
print(len(it.tee("abc", 3)), list(it.pairwise("abcd")))
gen = (i * i for i in it.count(1))
print(sum(it.islice(gen, 4)), next(gen))
