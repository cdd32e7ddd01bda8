# Sorting larger inputs: ints, strings, tuples, keys, reverse, stability.
seed = 99
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
nums = [rnd() % 10000 - 5000 for i in range(3000)]
s = sorted(nums)
print(s[:8], s[-8:], len(s))
ok = True
for i in range(1, len(s)):
    if s[i - 1] > s[i]:
        ok = False
print("ascending:", ok, sorted(nums, reverse=True)[:5])
words = ["w" + str(rnd() % 500) for i in range(1000)]
sw = sorted(words)
print(sw[:6], sw[-3:])
pairs = [(rnd() % 10, i) for i in range(2000)]
byfirst = sorted(pairs, key=lambda p: p[0])
stable = True
for i in range(1, len(byfirst)):
    a, b = byfirst[i - 1], byfirst[i]
    if a[0] == b[0] and a[1] > b[1]:
        stable = False
print("stable:", stable, byfirst[:3], byfirst[-3:])
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:3])
floats = [rnd() / 1000.0 - 1e6 for i in range(500)]
floats.sort()
print(floats[0] <= floats[1], floats[:2])
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed), sorted(mixed, key=abs))
