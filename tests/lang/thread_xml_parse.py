# Parsing XML from several threads at once: expat calls back into Python
# with the GIL held, so each thread's handlers and trees stay its own and
# the results match a single-threaded run whatever the interleaving.
import threading
import xml.etree.ElementTree as ET
import xml.parsers.expat as expat


def make_doc(seed):
    rows = "".join("<row i='%d'>%s</row>" % (i, "v" * ((i * seed) % 7)) for i in range(300))
    return "<table seed='%d'>%s</table>" % (seed, rows)


def summarize(seed):
    root = ET.fromstring(make_doc(seed))
    total = sum(int(r.get("i")) for r in root.findall("row"))
    text = sum(len(r.text or "") for r in root.iter("row"))
    events = []
    p = expat.ParserCreate()
    p.StartElementHandler = lambda name, attrs: events.append(name)
    p.Parse(make_doc(seed), True)
    return (root.get("seed"), total, text, len(events), ET.tostring(root)[:40])


expected = {seed: summarize(seed) for seed in range(4)}
results = {}


def work(seed):
    for _ in range(5):
        got = summarize(seed)
        if results.setdefault(seed, got) != got:
            results[seed] = "mismatch"


threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for seed in range(4):
    print(seed, results[seed] == expected[seed], expected[seed])
