"""Matrix files: the experiments a person can read and edit.

One directive a line; `#` starts a comment; values use shell quoting.

  reps    tiny=1 quick=3 full=5          repetitions when --reps is not given
  scale   N tiny=20000 quick=10000000 full=100000000
                                         $N in args/flags takes the value of the scale
  metrics loop_s req_per_s               `metric NAME VALUE` lines the script prints,
                                         kept as extra CSV columns (in this order)
  vary    gil = @gil                     {gil} in a later config line expands it once
  vary    cores = 1 2                    per value; @gil / @lock ask gilvm --list=...
  config  NAME script=S args="..." flags="..." cores=K|cpus=LIST baseline=NAME interp=I
          scales=quick,full              only at these scales (a run too long for tiny)
          reps=$R                        its own repetitions ($R a scale variable, or a count),
                                         instead of the reps line's

A config line that mentions several {vars} expands over their product.  cores=K
means CPUs 0..K-1; cpus= passes a list through untouched.  baseline names the
configuration a ratio is taken against (thread2 against thread1, say).
interp names the interpreter (peers.py): gilvm (the default) runs the
script with flags; any other runs it unchanged under bin/gilrun, so flags
(gilvm's options) are refused there.
"""
import itertools
import re
import shlex

import peers

CONFIG_KEYS = ("script", "args", "flags", "cores", "cpus", "baseline", "interp", "scales", "reps")
VAR_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
SCALE_RE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
SCALES = ("tiny", "quick", "full")


class MatrixError(Exception):
    pass


class Config:
    def __init__(self, name, script, args, flags, cpus, baseline, interp, reps):
        self.name, self.script, self.args = name, script, args
        self.flags, self.cpus, self.baseline = flags, cpus, baseline
        self.interp = interp
        self.reps = reps    # None: the matrix's reps line (the runner settles it)

    def argv(self, tool, csv_path, peer=None, calibration=None):
        """The command: `tool` is gilvm, or gilrun when `peer` (the interpreter's path) is given.
        `calibration` (a bench/calibrate file) paces an --emulate configuration that names
        no pacing of its own."""
        cpu = ["--cpus=" + self.cpus] if self.cpus else []
        run = [peer, "experiments/" + self.script] if peer else ["experiments/" + self.script]
        pace = ["--calibration=" + calibration] if calibration and self.flag_value("emulate") and \
            not (self.flag_value("pace") or self.flag_value("calibration")) else []
        return [tool, "--csv=" + csv_path] + self.flags + pace + cpu + (["--"] if peer else []) + \
            run + self.args

    def flag_value(self, name):
        for f in self.flags:
            if f.startswith("--" + name + "="):
                return f.split("=", 1)[1]
        return ""


class Matrix:
    def __init__(self, name):
        self.name = name
        self.reps = {}
        self.scales = {}
        self.metrics = []
        self.configs = []


def _keyvals(tokens, where):
    out = {}
    for t in tokens:
        if "=" not in t:
            raise MatrixError("%s: expected KEY=VALUE, got %r" % (where, t))
        k, v = t.split("=", 1)
        out[k] = v
    return out


def _per_scale(tokens, where):
    vals = _keyvals(tokens, where)
    for k in vals:
        if k not in SCALES:
            raise MatrixError("%s: unknown scale %r (tiny, quick, full)" % (where, k))
    return vals


def _expand(text, values, where):
    def sub(m):
        if m.group(1) not in values:
            raise MatrixError("%s: {%s} is not a vary variable" % (where, m.group(1)))
        return values[m.group(1)]
    return VAR_RE.sub(sub, text)


def _scaled(text, scales, scale, where):
    def sub(m):
        var = m.group(1)
        if var not in scales:
            raise MatrixError("%s: $%s has no scale line" % (where, var))
        if scale not in scales[var]:
            raise MatrixError("%s: $%s has no %s value" % (where, var, scale))
        return scales[var][scale]
    return SCALE_RE.sub(sub, text)


def _config(m, tokens, varies, scale, where):
    if not tokens:
        raise MatrixError("%s: config needs a name" % where)
    line = " ".join(shlex.quote(t) for t in tokens)
    used = sorted(set(VAR_RE.findall(line)))
    for v in used:
        if v not in varies:
            raise MatrixError("%s: {%s} is not a vary variable" % (where, v))
    for combo in itertools.product(*(varies[v] for v in used)):
        values = dict(zip(used, combo))
        toks = [_expand(t, values, where) for t in tokens]
        kv = _keyvals(toks[1:], where)
        for k in kv:
            if k not in CONFIG_KEYS:
                raise MatrixError("%s: unknown key %r (%s)" % (where, k, ", ".join(CONFIG_KEYS)))
        if "script" not in kv:
            raise MatrixError("%s: config %s has no script=" % (where, toks[0]))
        only = kv.get("scales", ",".join(SCALES)).split(",")
        for sc in only:
            if sc not in SCALES:
                raise MatrixError("%s: scales=%s: unknown scale %r (tiny, quick, full)" % (where, kv["scales"], sc))
        if scale not in only:
            continue
        if "cores" in kv and "cpus" in kv:
            raise MatrixError("%s: give cores= or cpus=, not both" % where)
        cpus = kv.get("cpus", "")
        if "cores" in kv:
            if not kv["cores"].isdigit() or int(kv["cores"]) < 1:
                raise MatrixError("%s: cores=%s is not a positive count" % (where, kv["cores"]))
            cpus = ",".join(str(i) for i in range(int(kv["cores"])))
        args = shlex.split(_scaled(kv.get("args", ""), m.scales, scale, where))
        flags = shlex.split(_scaled(kv.get("flags", ""), m.scales, scale, where))
        reps = _scaled(kv.get("reps", ""), m.scales, scale, where)
        if reps and (not reps.isdigit() or int(reps) < 1):
            raise MatrixError("%s: %s: reps=%s is not a positive count" % (where, toks[0], reps))
        interp = kv.get("interp", peers.GILVM)
        if interp not in peers.names():
            raise MatrixError("%s: interp=%s is not one of %s" % (where, interp, ", ".join(peers.names())))
        if interp != peers.GILVM and flags:
            raise MatrixError("%s: %s: flags are gilvm's options; interp=%s runs the script unchanged"
                              % (where, toks[0], interp))
        m.configs.append(Config(toks[0], kv["script"], args, flags, cpus,
                                kv.get("baseline", ""), interp, int(reps) if reps else None))


def parse(path, name, scale, lister):
    """Read a matrix file for one scale; lister(table) gives gilvm --list=table."""
    m = Matrix(name)
    varies = {}
    with open(path) as f:
        lines = f.read().splitlines()
    for no, raw in enumerate(lines, 1):
        where = "%s:%d" % (path, no)
        try:
            tokens = shlex.split(raw, comments=True)
        except ValueError as e:
            raise MatrixError("%s: %s" % (where, e))
        if not tokens:
            continue
        word, rest = tokens[0], tokens[1:]
        if word == "reps":
            m.reps = _per_scale(rest, where)
        elif word == "scale":
            if not rest:
                raise MatrixError("%s: scale needs a variable name" % where)
            m.scales[rest[0]] = _per_scale(rest[1:], where)
        elif word == "metrics":
            m.metrics = rest
        elif word == "vary":
            if len(rest) < 3 or rest[1] != "=":
                raise MatrixError("%s: expected `vary NAME = VALUE...`" % where)
            vals = []
            for v in rest[2:]:
                vals.extend(lister(v[1:]) if v.startswith("@") else [v])
            varies[rest[0]] = vals
        elif word == "config":
            _config(m, rest, varies, scale, where)
        else:
            raise MatrixError("%s: unknown directive %r" % (where, word))
    _check(m, path)
    return m


def _check(m, path):
    if not m.configs:
        raise MatrixError("%s: no config lines" % path)
    names = [c.name for c in m.configs]
    seen = set()
    for n in names:
        if n in seen:
            raise MatrixError("%s: configuration %s defined twice" % (path, n))
        seen.add(n)
    for c in m.configs:
        if c.baseline and c.baseline not in seen:
            raise MatrixError("%s: %s: baseline %s is not a configuration" % (path, c.name, c.baseline))
