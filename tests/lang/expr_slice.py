# Slices with negative indices and steps.
s = "abcdefgh"
l = list(range(10))
t = tuple(range(6))
b = b"abcdef"
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:2:-1], s[-1:-4:-1])
print(s[10:], s[3:1], s[-100:2], s[2:100], s[5:-100:-1])
print(l[2:8:3], l[::-3], l[8:1:-2], l[-2::-4])
print(t[1:4], t[::-1], t[4:], type(t[1:3]).__name__)
print(b[1:3], b[::-1], b[::2])
print(range(10)[2:8:2], range(10)[::-1], list(range(10)[::-3]))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
i, j = 1, 4
print(s[i:j], s[i:], s[:j], s[i:j:1])
print("日本語テキスト"[1:4], "héllo"[::-1])
