# Sourced by tests/sh/cli_mod_*.sh (the `gilvm -m MODULE` command lines):
# run one command line, then check its exit status and what it printed.
# Needs G (bin/gilvm) from the caller; sets fail=1 on any miss; works in the cwd.
fail=0

# runs WANT_RC ARG...: gilvm ARG... with stdout in out, stderr in err.
runs() {
    local want=$1 rc; shift
    "$G" "$@" > out 2> err; rc=$?
    if [ "$rc" != "$want" ]; then
        echo "gilvm $*: exit $rc, want $want"; sed 's/^/  err: /' err | head -20; fail=1
    fi
    last="gilvm $*"
}

# has FILE ERE: some line of FILE matches ERE.
has() {
    grep -Eq -- "$2" "$1" && return 0
    echo "$last: no line of $1 matches /$2/"; sed "s/^/  $1: /" "$1" | head -20; fail=1
}

# is FILE: FILE's bytes equal stdin's.
is() {
    cat > want.tmp
    diff -u want.tmp "$1" > diff.tmp && return 0
    echo "$last: $1 differs"; cat diff.tmp; fail=1
}
