#!/usr/bin/env bash
# A ratio to the baseline is taken within rounds: the runner runs a baseline
# and the configurations held against it back to back in every round, and
# the summary's ratio is the median over rounds of the ratio within each
# round, with a 95% interval, falling back to median over median only when
# too few rounds pair.  Known answers on made-up rows: a slow phase that
# covers rounds 1-3 of the baseline but only 1-2 of the configuration gives
# 2 paired where median over median would give 1.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
export ROOT
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkdir "$T/res"
python3 - "$T" <<'PY' || exit 1
import csv, importlib.machinery, importlib.util, math, os, subprocess, sys, types
root, d = os.environ["ROOT"], sys.argv[1]
sys.path.insert(0, os.path.join(root, "experiments", "lib"))
sys.dont_write_bytecode = True
import results

# The runner's order: every round holds every configuration once, and each
# family (a baseline chain's root and all that lead to it) runs unbroken.
loader = importlib.machinery.SourceFileLoader("run", os.path.join(root, "experiments", "run"))
run = importlib.util.module_from_spec(importlib.util.spec_from_loader("run", loader))
loader.exec_module(run)
C = lambda name, base="", reps=4: types.SimpleNamespace(name=name, baseline=base, reps=reps)   # noqa: E731
configs = [C("t1"), C("t2", "t1"), C("t1c1"), C("t2c1", "t1c1"), C("k1"), C("k2", "k1"), C("k4", "k1"),
           C("spin0", "spin0"), C("spin1", "spin0"), C("alone"), C("deep", "k2")]
family = {"t1": 0, "t2": 0, "t1c1": 1, "t2c1": 1, "k1": 2, "k2": 2, "k4": 2, "deep": 2,
          "spin0": 3, "spin1": 3, "alone": 4}
todo = run.order(configs, 7, set())
assert len(todo) == 4 * len(configs), len(todo)
firsts = set()
for rep in range(1, 5):
    names = [c.name for c, r in todo if r == rep]
    assert sorted(names) == sorted(family), (rep, names)
    fams = [family[n] for n in names]
    runs = [f for i, f in enumerate(fams) if i == 0 or fams[i - 1] != f]
    assert len(runs) == len(set(runs)), ("a family split within round %d" % rep, names)
    firsts.add(names[0])
assert len(firsts) > 1, "every round in the same order: %s" % firsts
done = {("t2", "1"), ("k4", "2")}
assert [(c.name, r) for c, r in run.order(configs, 7, done)] == \
    [(c.name, r) for c, r in todo if (c.name, str(r)) not in done], "resuming changes the order"
# A configuration with its own reps runs in its first that many rounds only;
# the others keep theirs, and the rounds still run families unbroken.
few = [C("t1"), C("t2", "t1"), C("lat", reps=2), C("more", reps=6)]
got = [(c.name, r) for c, r in run.order(few, 7, set())]
assert sorted(r for n, r in got if n == "lat") == [1, 2], got
assert sorted(r for n, r in got if n == "more") == list(range(1, 7)), got
assert sorted(r for n, r in got if n == "t2") == [1, 2, 3, 4], got
assert [r for _, r in got] == sorted(r for _, r in got), ("rounds interleaved", got)
# A matrix line's reps= takes a scale variable, so its count can differ by scale.
import matrix
with open(os.path.join(d, "r.matrix"), "w") as f:
    f.write("reps quick=3 full=5\nscale R quick=2 full=4\n"
            "config a script=thread1.py reps=$R\nconfig b script=thread1.py\n")
for scale, want in (("quick", 2), ("full", 4)):
    got = {c.name: c.reps for c in matrix.parse(os.path.join(d, "r.matrix"), "r", scale, None).configs}
    assert got == {"a": want, "b": None}, (scale, got)

# The summary.
header = results.GILVM_REQUIRED + list(results.RUNNER) + ["cpu_probe_us", "speed"]
plan = {   # config: walls by round, baseline, a metric (speed) by round
    "base": ((2.0, 2.0, 2.0, 1.0, 1.0), "", (10, 30, 10, 30, 10)),
    # speed: x / base is 1 in four rounds of five, median over median 30 / 10
    "x": ((4.0, 4.0, 2.0, 2.0, 2.0), "base", (10, 30, 10, 30, 30)),
    "two": ((3.0, 3.0), "base", (3, 3)),    # two rounds pair: too few, median over median
    "logs": ((2.0, 4.0, 8.0), "base", ("", "", "")),   # log ratios 0, 1, 2 (base 2, 2, 2): known interval
}
rows = []
for cfg, (walls, base, speeds) in plan.items():
    for rep, (wall, speed) in enumerate(zip(walls, speeds), 1):
        r = dict.fromkeys(header, "")
        r.update(host="h", kernel="k", cpus="0", matrix="m", config=cfg, interp="gilvm", rep=str(rep),
                 scale="quick", baseline=base, status="ok", wall_s=str(wall), exit_status="0", threads="1",
                 speed=str(speed))
        rows.append(r)
with open(os.path.join(d, "res", "m.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\n"); w.writeheader(); w.writerows(rows)
subprocess.run([root + "/experiments/summarize", os.path.join(d, "res")], check=True, stderr=subprocess.DEVNULL)
s = {r["config"]: r for r in csv.DictReader(open(os.path.join(d, "res", "summary.csv")))}
def near(a, b): return abs(float(a) - b) < 1e-4 * max(1, abs(b))
x = s["x"]
assert near(x["ratio_to_baseline"], 2.0) and x["ratio_method"] == "paired rounds" and x["ratio_pairs"] == "5", x
assert near(s["two"]["ratio_to_baseline"], 1.5) and s["two"]["ratio_method"] == "medians", s["two"]
assert s["two"]["ratio_ci95_lo"] == "" and s["base"]["ratio_to_baseline"] == "", s["two"]
half = 4.303 * math.log(2) / math.sqrt(3)            # t(0.975, 2) * sd / sqrt(n); logs' sd is ln 2
lo, hi = math.exp(math.log(2) - half), math.exp(math.log(2) + half)
g = s["logs"]
assert near(g["ratio_to_baseline"], 2.0) and near(g["ratio_ci95_lo"], lo) and near(g["ratio_ci95_hi"], hi), g
# A metric's ratio pairs rounds the same way; too few pairs, or none, fall back.
assert near(x["speed_ratio"], 1.0) and near(s["two"]["speed_ratio"], 0.3), (x, s["two"])
assert g["speed_ratio"] == "" and s["base"]["speed_ratio"] == "", g
print("ok")
PY
