#!/usr/bin/env bash
# Runs in a slow vCPU phase (a CPU probed 1.5x slower than the host's calm
# speed) are set apart: the summary takes its figures from the calm runs when
# there are enough of them, else from every run and says so; the runner's
# extra rounds go to exactly the configurations short of calm runs, up to
# their cap.  Known answers on made-up rows, so no slow phase is needed.
set -u
ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
export ROOT
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
mkdir "$T/res"
python3 - "$T" <<'PY' || exit 1
import csv, importlib.machinery, importlib.util, os, subprocess, sys, types
root, d = os.environ["ROOT"], sys.argv[1]
sys.path.insert(0, os.path.join(root, "experiments", "lib"))
sys.dont_write_bytecode = True
import results
header = results.GILVM_REQUIRED + list(results.RUNNER) + ["cpu_probe_us"]
CALM, SLOW = "0=600;1=640", "0=610;1=1100"      # calm speed: 600-640 us
plan = {   # config: [(wall, probe)], baseline
    "base": ([(1.0, CALM)] * 5, ""),
    "mixed": ([(2.0, CALM)] * 3 + [(6.0, SLOW)] * 4, "base"),   # median of all 6, of the calm 2
    "short": ([(3.0, CALM)] * 2 + [(9.0, SLOW)] * 3, "base"),   # too few calm: every run
    "noprobe": ([(4.0, "")] * 3, "base"),
}
rows = []
for cfg, (runs, base) in plan.items():
    for rep, (wall, probe) in enumerate(runs, 1):
        r = dict.fromkeys(header, "")
        r.update(host="h", kernel="k", cpus="0-1", matrix="m", config=cfg, interp="gilvm", rep=str(rep),
                 scale="quick", baseline=base, status="ok", wall_s=str(wall), cpu_probe_us=probe,
                 exit_status="0", threads="1")
        rows.append(r)
with open(os.path.join(d, "res", "m.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\n"); w.writeheader(); w.writerows(rows)
subprocess.run([root + "/experiments/summarize", os.path.join(d, "res")], check=True, stderr=subprocess.DEVNULL)
s = {r["config"]: r for r in csv.DictReader(open(os.path.join(d, "res", "summary.csv")))}
want = {  # config: (wall median, ratio, slow, used, rule)
    "base": (1.0, None, 0, 5, "all runs"),
    "mixed": (2.0, 2.0, 4, 3, "calm runs"),
    "short": (9.0, 9.0, 3, 5, "all runs (too few calm)"),
    "noprobe": (4.0, 4.0, 0, 3, "all runs"),
}
for cfg, (wall, ratio, slow, used, rule) in want.items():
    r = s[cfg]
    got = (float(r["wall_median_s"]), float(r["ratio_to_baseline"]) if r["ratio_to_baseline"] else None,
           int(r["runs_slow_phase"]), int(r["runs_used"]), r["runs_taken"])
    assert got == (wall, ratio, slow, used, rule), (cfg, got)
    assert int(r["runs_ok"]) == len(plan[cfg][0]), r["runs_ok"]

# The runner's next extra round, on the same file: planned 5 runs, at most 3 more.
loader = importlib.machinery.SourceFileLoader("run", os.path.join(root, "experiments", "run"))
run = importlib.util.module_from_spec(importlib.util.spec_from_loader("run", loader))
loader.exec_module(run)
Cfg = lambda name, reps=5: types.SimpleNamespace(name=name, reps=reps)   # noqa: E731
configs = [Cfg(c) for c in plan] + [Cfg("new")]
todo = run.extra_round(configs, run.calm_runs(os.path.join(d, "res", "m.csv")), 3, 1, 1)
got = sorted((c.name, rep) for c, rep in todo)
# base: 5 calm; mixed: 7 runs of 8 allowed, 3 calm; short: 5 runs, 2 calm;
# noprobe: 3 runs, none slow (no probe is no sign of a slow phase) and so
# owed nothing here; new: never ran, nothing slow.
assert got == [("mixed", 8), ("short", 6)], got
assert run.extra_round(configs, run.calm_runs(os.path.join(d, "res", "m.csv")), 0, 1, 1) == [], "no cap left"
# A configuration's own reps set what it is owed: short's 2 calm runs are enough for 2.
assert run.extra_round([Cfg("short", reps=2)], run.calm_runs(os.path.join(d, "res", "m.csv")), 3, 1, 1) == [], \
    "short owed runs beyond its own reps"
# A configuration whose runs failed gets none: a retry would fail alike.
with open(os.path.join(d, "res", "m.csv"), "a", newline="") as f:
    w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
    for rep in range(1, 4):
        r = dict.fromkeys(header, ""); r.update(host="h", config="broken", rep=str(rep), status="failed")
        w.writerow(r)
todo = run.extra_round(configs + [Cfg("broken")], run.calm_runs(os.path.join(d, "res", "m.csv")), 3, 1, 2)
assert "broken" not in [c.name for c, _ in todo], "a failing configuration got an extra round"
print("ok")
PY
