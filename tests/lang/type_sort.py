# sorted and list.sort: key, reverse, stability.
print(sorted([5, 2, 9, 1]), sorted("banana"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted([1.5, -2, 0, True]))
words = ["pear", "Fig", "apple", "date", "kiwi", "banana"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs))
data = [(i % 3, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(1000)]
sb = sorted(big)
print(sb[:5], sb[-5:], len(sb), sb == sorted(sb, reverse=True)[::-1])
