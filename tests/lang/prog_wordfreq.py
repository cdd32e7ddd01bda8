# A word-frequency report: str methods, dicts, sorting with keys, formatting.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox, being quick, runs away! A quick end."""
words = []
for raw in text.split():
    w = raw.strip(".,;!").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), "words,", len(freq), "distinct")
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print("%-8s %3d %s" % (word, n, "*" * n))
longest = max(freq, key=len)
print(f"longest: {longest!r} ({len(longest)} letters)")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, ", ".join(sorted(by_len[k])))
