# Every slice start/stop/step combination over list, str, tuple, bytes and range.
bounds = [None, -7, -3, -1, 0, 1, 3, 5, 7]
steps = [None, -3, -2, -1, 1, 2, 4]
seqs = [list(range(5)), "héllo", (0, 1, 2, 3, 4), b"abcde", range(10, 15)]
for seq in seqs:
    print(type(seq).__name__, seq)
    rows = 0
    for st in steps:
        line = []
        for a in bounds:
            for b in bounds:
                r = seq[a:b:st]
                if type(r) is range:
                    r = list(r)
                line.append(str(len(r)) if type(r) is not str else r)
        print(" ", st, " ".join(line))
        rows += 1
l = list(range(10))
print(l[::3], l[-1:-11:-3], l[100:], l[-100:2], l[2:-100:-1], l[::-100], l[5:5], l[7:3])
