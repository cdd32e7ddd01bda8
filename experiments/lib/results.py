"""Result CSVs: the columns the experiments rely on, and reading them back.

A results/MATRIX.csv row is gilvm's own --csv record (columns named by
sched/schema.h) followed by the runner's columns and the matrix's metrics.
An empty cell means "absent" (not measured, not supported) and is never
read as 0.
"""
import csv
import math
import os

# What the experiments read from gilvm's record (issue 4 lists them).
GILVM_REQUIRED = (
    "timestamp host kernel cpu_model ncpu_online cpus sched nice git_rev script args "
    "gil lock switch_interval_s check_interval threads wall_s user_s sys_s maxrss_kb "
    "ctx_switches vol_ctx invol_ctx cpu_migrations task_clock_ms page_faults cycles "
    "instructions gil_acquires gil_contended gil_wait_s gil_wait_max_s gil_drop_requests "
    "gil_forced_switches gil_lost_wakeups instructions_executed exit_status "
    "perf_event_paranoid").split()

# The machine a row was measured on; every CSV the kit writes carries them.
# The runner adds hypervisor (gilvm's record has no such column); the
# calibration a row ran with is in the record (pace_work_per_instruction, pace_source).
MACHINE = ("host", "kernel", "cpu_model", "ncpu_online", "perf_event_paranoid", "hypervisor")

# The runner's columns, after gilvm's record: a run's identity, its outcome, and
# the machine facts the runner adds.  A run is (host, matrix, config, rep).
RUNNER = ("matrix", "config", "interp", "rep", "seed", "scale", "baseline", "status", "error",
          "hypervisor")


# A run is in a slow phase when a CPU it may use ran gilvm's probe (the record's
# cpu_probe_us, taken just before the run) this many times slower than the
# host's calm speed: on a shared VM one vCPU can run every program 1.5-2x
# slower for minutes, while the probe's own spread between calm runs stays
# under 1.4x.  The calm speed is the lower quartile of every reading of the
# host's CPUs (a VM's vCPUs are alike), so it holds while at least a quarter
# of the readings are calm.
SLOW_PHASE = 1.5
CALM_MIN = 3   # a configuration with this many calm runs takes its figures from them alone


def cpu_probe(row):
    """{cpu: microseconds} of a row's cpu_probe_us; {} when it has none."""
    out = {}
    for part in (row.get("cpu_probe_us") or "").split(";"):
        cpu, _, us = part.partition("=")
        v = num(us)
        if v is not None and v > 0 and cpu.strip().isdigit():
            out[int(cpu)] = v
    return out


def calm_speeds(rows):
    """host -> its calm probe reading (see SLOW_PHASE), for hosts whose rows carry probes."""
    readings = {}
    for r in rows:
        readings.setdefault(r.get("host", ""), []).extend(cpu_probe(r).values())
    out = {}
    for host, vals in readings.items():
        if vals:
            vals.sort()
            out[host] = vals[(len(vals) - 1) // 4]
    return out


def slow_phase(row, calm):
    """True when a CPU the run could use probed SLOW_PHASE times slower than its host's
    calm speed; False when it did not, or when the row or host has no probe."""
    base = calm.get(row.get("host", ""))
    probe = cpu_probe(row)
    return bool(base and probe) and max(probe.values()) > SLOW_PHASE * base


def paired(vals, base_vals, least=CALM_MIN):
    """The ratios vals[rep] / base_vals[rep] (rep -> value each) over the
    rounds where both ran, when at least `least` rounds pair; else None.
    The runner runs a configuration and its baseline back to back in each
    round, so the host's drift between rounds drops out of each ratio."""
    pairs = [v / base_vals[rep] for rep, v in vals.items() if base_vals.get(rep)]
    return pairs if len(pairs) >= least else None


def read(path):
    """(header, rows as dicts) of a CSV file."""
    with open(path, newline="") as f:
        r = csv.reader(f)
        try:
            header = next(r)
        except StopIteration:
            return [], []
        rows = [dict(zip(header, rec)) for rec in r if rec]
    return header, rows


def num(cell):
    """A float, or None for an empty / non-numeric cell."""
    if cell is None or cell == "":
        return None
    try:
        v = float(cell)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def workload(row):
    """(script file name, its argument words) of a run or summary row.  gilvm's
    record names the script in `script`; a real interpreter's (interp other than
    gilvm) names the interpreter there and the script as the first word of `args`."""
    args = (row.get("args") or "").split()
    if (row.get("interp") or "gilvm") != "gilvm":
        return (os.path.basename(args[0]) if args else ""), args[1:]
    return os.path.basename(row.get("script") or ""), args


def ncpus(cpus):
    """How many CPUs an affinity list such as '0', '0,1' or '0-3,6' names."""
    n = 0
    for part in (cpus or "").split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            lo, hi = part.split("-", 1)
            n += int(hi) - int(lo) + 1
        else:
            n += 1
    return n


def machine_caption(rows):
    """One line naming the machine(s) the rows come from."""
    seen = []
    for r in rows:
        key = (r.get("cpu_model", ""), r.get("ncpu_online", ""), r.get("kernel", ""), r.get("host", ""))
        if key not in seen:
            seen.append(key)
    parts = ["%s, %s CPUs online, Linux %s (%s)" % k for k in seen[:2]]
    if len(seen) > 2:
        parts.append("and %d more machines" % (len(seen) - 2))
    return "; ".join(parts) if parts else "machine unknown"
