/* vm/main.c — bin/gilvm: options, start-up, running the script, shutdown.
 *
 * Order (each step depends on the one before):
 *   options (vm, gil, measure, trace tables; then their environment variables)
 *   → gil_init → measure_init → attach the main thread (takes the GIL)
 *   → run the script → vm_at_shutdown hooks (threading joins its threads)
 *   → atexit's callbacks (every module still there) → signal handlers dropped
 *   → gil_begin_shutdown (daemon threads never run Python again)
 *   → clear the modules (pending __del__ run) and free everything
 *   → --stats, leak check → detach → measure_finish → trace_finish → exit.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sched/cliopt.h"
#include "sched/gil.h"
#include "sched/measure.h"
#include "sched/perf.h"
#include "sched/trace.h"
#include "vm/modules/builtins.h"
#include "vm/compiler/compile.h"
#include "vm/runtime/dis.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/import.h"
#include "vm/objects/codec.h"
#include "vm/objects/gc.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"
#include "vm/objects/traceback.h"
#include "vm/runtime/vmstats.h"

#define GILVM_VERSION "gilvm 0.1"
#define EXIT_SIGINT 130   /* 128 + SIGINT: an uncaught KeyboardInterrupt */
#define EXIT_FLUSH_FAILED 120   /* CPython's: stdout's last flush failed */

/* ---- the VM's own options ------------------------------------------------ */

static enum { MODE_RUN, MODE_HELP, MODE_VERSION, MODE_LIST } mode = MODE_RUN;
static const char *list_what;

static int set_no_global_cache(const char *v, char *err, size_t n)
{
    eval_global_cache_on = false;
    return 0;
}

static int set_list(const char *v, char *err, size_t n)
{
    if (strcmp(v, "gil") != 0 && strcmp(v, "lock") != 0) {
        snprintf(err, n, "--list: expected gil or lock, not '%s'", v);
        return -1;
    }
    mode = MODE_LIST;
    list_what = v;
    return 0;
}

/* --max-memory: RLIMIT_DATA (brk heap and private writable mappings: what
 * malloc hands out, thread stacks too) set to SIZE beyond what the process
 * had mapped at start-up (the C library's data, a sanitizer's shadow).  A
 * refused allocation is NULL, which the VM raises as MemoryError, long
 * before the OOM killer would end a sweep's runaway run. */
static unsigned long long max_memory;
/* Under the cap, memory given back when the script ends, so that printing
 * its MemoryError traceback (a str or two) does not fail for want of it. */
static void *reserve;
#define RESERVE_BYTES (256 * 1024)

static int set_max_memory(const char *v, char *err, size_t n)
{
    char *end;
    errno = 0;
    unsigned long long size = v && *v >= '0' && *v <= '9' ? strtoull(v, &end, 10) : 0;
    static const char units[] = "KMGT";
    const char *u = size && *end ? strchr(units, *end & ~0x20) : NULL;
    int shift = u && *u ? 10 * (int)(u - units + 1) : 0;
    if (shift)
        end++;
    if (!size || errno || *end || size > (~0ULL >> shift)) {
        snprintf(err, n, "--max-memory: expected a size such as 512M, 2G or a byte count, not '%s'",
                 v ? v : "");
        return -1;
    }
    max_memory = size << shift;
    return 0;
}

/* VmData of /proc/self/status in bytes, 0 if unreadable. */
static unsigned long long data_mapped(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    unsigned long long kb = 0;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmData: %llu kB", &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb * 1024;
}

static void cap_memory(void)
{
    if (!max_memory)
        return;
    unsigned long long base = data_mapped();
    rlim_t cap = max_memory > RLIM_INFINITY - 1 - base ? RLIM_INFINITY - 1 : (rlim_t)(base + max_memory);
    struct rlimit rl;
    if (getrlimit(RLIMIT_DATA, &rl) == 0 && rl.rlim_max != RLIM_INFINITY && cap > rl.rlim_max)
        cap = rl.rlim_max;
    rl.rlim_cur = cap;
    if (setrlimit(RLIMIT_DATA, &rl) != 0) {
        fprintf(stderr, "gilvm: --max-memory: setrlimit(RLIMIT_DATA): %s\n", strerror(errno));
        exit(2);
    }
    reserve = malloc(RESERVE_BYTES);
    if (reserve)
        memset(reserve, 0, RESERVE_BYTES);   /* really mapped, so really given back */
}

static int set_help(const char *v, char *err, size_t n) { mode = MODE_HELP; return 0; }
static int set_version(const char *v, char *err, size_t n) { mode = MODE_VERSION; return 0; }

static const CliOption vm_options[] = {
    { "no-global-cache", NULL, NULL, "cache on", "disable LOAD_GLOBAL's inline cache "
      "(every lookup goes to the dicts)", set_no_global_cache },
    { "max-memory", "SIZE", NULL, "no cap", "cap the process's private writable memory at SIZE "
      "bytes (suffix K, M, G, T: powers of 1024) beyond start-up: the heap, and also each thread's "
      "stack (8M reserved) and --trace buffers; an allocation past it raises MemoryError",
      set_max_memory },
    { "list", "gil|lock", NULL, "none", "print the GIL policy or lock primitive names, one a line",
      set_list },
    { "help", NULL, NULL, "", "print this help and exit", set_help },
    { "version", NULL, NULL, "", "print the version and exit", set_version },
    { NULL, NULL, NULL, NULL, NULL, NULL },
};

static const CliOption *const tables[] = { vm_options, gil_options, measure_options, trace_options };
static const CliTables cli = { "gilvm", tables, sizeof tables / sizeof *tables };
/* The options that make the VM what it is, which a child interpreter
 * (multiprocessing's) is given too; measuring and tracing stay the parent's. */
static const CliOption *const vm_tables[] = { vm_options, gil_options };
static const CliTables vm_cli = { "gilvm", vm_tables, sizeof vm_tables / sizeof *vm_tables };
static const CliOption *const parent_tables[] = { measure_options, trace_options };

/* The environment variables of the options that stay the parent's
 * (sys._gilvm_parent_env): a child that inherited GILVM_TRACE would write
 * its timeline over the parent's.  NULL-terminated, built once. */
static const char *const *parent_env(int *n)
{
    static const char *names[64];
    static int count = -1;
    if (count < 0) {
        count = 0;
        for (size_t t = 0; t < sizeof parent_tables / sizeof *parent_tables; t++)
            for (const CliOption *o = parent_tables[t]; o->name; o++)
                if (o->env && count < (int)(sizeof names / sizeof *names) - 1)
                    names[count++] = o->env;
    }
    *n = count;
    return names;
}

static void print_table_rows(const char *title, size_t (*rows_fn)(const GilTableRow **))
{
    const GilTableRow *rows;
    size_t n = rows_fn(&rows);
    printf("\n%s:\n", title);
    for (size_t i = 0; i < n; i++)
        printf("  %-10s %s\n", rows[i].name, rows[i].help);
}

static void print_short_help(void);   /* below, beside the table it walks */

static void print_help(void)
{
    printf("usage: gilvm [options] script.py [args] | -c CODE [args] | -m module [args] | -m dis script.py"
           " | - [args]\n\npython3's options (-u -O ... may share a word: -uOO):\n");
    print_short_help();
    printf("\noptions (default in brackets; --opt=VALUE or --opt VALUE):\n");
    cliopt_print_help(&cli);
    print_table_rows("GIL policies (--gil)", gil_policy_names);
    print_table_rows("lock primitives (--lock)", gil_lock_names);
}

static void print_list(void)
{
    const GilTableRow *rows;
    size_t n = strcmp(list_what, "gil") == 0 ? gil_policy_names(&rows) : gil_lock_names(&rows);
    for (size_t i = 0; i < n; i++)
        printf("%s\n", rows[i].name);
}

/* ---- the command line ------------------------------------------------------- */

typedef struct Args {
    const char *script;   /* file, "-c", "-" */
    const char *argv0;    /* sys.argv[0] when not script: "" for a program on stdin without "-" */
    const char *code;     /* -c CODE */
    bool dis;             /* -m dis */
    const char *module;   /* -m NAME (other than dis); script is then "-m" */
    bool unbuffered;      /* -u, or PYTHONUNBUFFERED non-empty */
    bool ignore_env;      /* -E (and -I) */
    bool isolated;        /* -I: also no script folder in sys.path */
    bool quiet;           /* -q */
    bool dev_mode;        /* -X dev, or PYTHONDEVMODE non-empty */
    bool faulthandler;    /* -X faulthandler, dev mode, or PYTHONFAULTHANDLER */
    int optimize;         /* -O's count, at least PYTHONOPTIMIZE's */
    long long max_str_digits;   /* PYTHONINTMAXSTRDIGITS, -1 when not set */
    int nrest;            /* sys.argv[1:] */
    char **rest;
    char **vm_args;       /* the vm_cli options' words, as given (vm_words) */
    int n_vm_args;
    char **warnoptions;   /* sys.warnoptions: dev mode's, PYTHONWARNINGS', then -W's */
    int n_warnoptions;
    char **xoptions;      /* -X's words (sys._xoptions) */
    int n_xoptions;
} Args;

/* The storage behind Args' word lists: at file scope, so that it is still
 * reachable, not leaked, when an option such as --help exits mid-parse. */
static char **vm_words, **warn_words, **x_words;
static char *env_warnings;   /* PYTHONWARNINGS, cut at its commas */

static _Noreturn void usage_error(const char *fmt, const char *a)
{
    cliopt_usage_error("gilvm", fmt, a);
}

/* CPython's one-letter options, a table row each: the parser and --help
 * walk this list.  A row without set is refused, its help saying why. */
typedef struct ShortOption {
    char letter;
    const char *metavar;   /* its value's name (the rest of the word, else the next word); NULL: a flag */
    const char *help;
    void (*set)(Args *a, const char *value);
} ShortOption;

static void set_code(Args *a, const char *v)
{
    a->script = "-c";
    a->code = v;
}

static void set_module(Args *a, const char *v)
{
    if (strcmp(v, "dis") == 0) {
        a->dis = true;
        return;
    }
    a->module = v;
    a->script = "-m";   /* sys.argv[0] while the module is looked for, as python3's */
}

static void set_unbuffered(Args *a, const char *v) { a->unbuffered = true; }
static void set_ignore_env(Args *a, const char *v) { a->ignore_env = true; }
static void set_isolated(Args *a, const char *v) { a->isolated = a->ignore_env = true; }
static void set_quiet(Args *a, const char *v) { a->quiet = true; }
static void set_optimize(Args *a, const char *v) { a->optimize++; }
static void set_warning(Args *a, const char *v) { a->warnoptions[a->n_warnoptions++] = (char *)v; }
static void set_noop(Args *a, const char *v) {}
static void set_short_help(Args *a, const char *v) { mode = MODE_HELP; }
static void set_short_version(Args *a, const char *v) { mode = MODE_VERSION; }

/* -X NAME[=VALUE]: kept for sys._xoptions, as CPython keeps any name; the
 * two that change how gilvm runs take effect, the two a user reads output
 * from say they are not there. */
static void set_xoption(Args *a, const char *v)
{
    a->xoptions[a->n_xoptions++] = (char *)v;
    size_t n = strcspn(v, "=");
    if (n == 3 && strncmp(v, "dev", 3) == 0)
        a->dev_mode = true;
    else if (n == 12 && strncmp(v, "faulthandler", 12) == 0)
        a->faulthandler = true;
    else if ((n == 10 && strncmp(v, "importtime", 10) == 0) || (n == 11 && strncmp(v, "tracemalloc", 11) == 0))
        fprintf(stderr, "gilvm: -X %.*s is not supported (gilvm has no %s); ignored\n", (int)n, v,
                *v == 'i' ? "import timing" : "tracemalloc");
}

static const ShortOption short_options[] = {
    { 'c', "CODE", "run CODE as the program (sys.argv[0] is '-c')", set_code },
    { 'm', "MODULE", "run MODULE as __main__, found on sys.path (-m dis script.py: its disassembly)",
      set_module },
    { 'u', NULL, "unbuffered stdout and stderr (env PYTHONUNBUFFERED)", set_unbuffered },
    { 'E', NULL, "ignore PYTHON* environment variables", set_ignore_env },
    { 'I', NULL, "isolate: -E, and no script folder in sys.path", set_isolated },
    { 'O', NULL, "drop assert statements, __debug__ is False; -OO drops docstrings too "
      "(env PYTHONOPTIMIZE)", set_optimize },
    { 'W', "ARG", "a warnings filter action:message:category:module:lineno (env PYTHONWARNINGS)",
      set_warning },
    { 'X', "OPT", "sys._xoptions; dev (dev mode) and faulthandler take effect", set_xoption },
    { 'B', NULL, "accepted: gilvm never writes bytecode files", set_noop },
    { 's', NULL, "accepted: gilvm has no user site folder", set_noop },
    { 'S', NULL, "accepted: gilvm has no site module", set_noop },
    { 'q', NULL, "quiet (sys.flags.quiet; gilvm has no banner)", set_quiet },
    { 'V', NULL, "print the version and exit", set_short_version },
    { 'h', NULL, "print this help and exit (also -?)", set_short_help },
    { '?', NULL, NULL, set_short_help },
    { 'b', NULL, "BytesWarning checks are not supported", NULL },
    { 'd', NULL, "parser debugging output is not supported", NULL },
    { 'i', NULL, "there is no interactive mode", NULL },
    { 'v', NULL, "verbose import tracing is not supported", NULL },
    { 'x', NULL, "skipping the source's first line is not supported", NULL },
};
#define N_SHORT (sizeof short_options / sizeof *short_options)

static void print_short_help(void)
{
    for (size_t k = 0; k < N_SHORT; k++) {
        const ShortOption *o = &short_options[k];
        if (o->set && o->help)
            printf("  -%c %-22s%s\n", o->letter, o->metavar ? o->metavar : "", o->help);
    }
}

/* One word of clustered one-letter options (-uO, -OO, -Wignore, -c CODE). */
static void parse_short(int argc, char **argv, int *i, Args *a)
{
    for (const char *p = argv[*i] + 1; *p; p++) {
        const ShortOption *o = NULL;
        for (size_t k = 0; k < N_SHORT && !o; k++)
            o = short_options[k].letter == *p ? &short_options[k] : NULL;
        char name[3] = { '-', *p, 0 };
        if (!o)
            usage_error("unknown option %s", name);
        if (!o->set) {
            fprintf(stderr, "gilvm: %s: %s\n", name, o->help);
            exit(2);
        }
        const char *value = !o->metavar ? NULL : p[1] ? p + 1 : *i + 1 < argc ? argv[++*i] : NULL;
        if (o->metavar && !value)
            usage_error("argument expected for the %s option", name);
        o->set(a, value);
        if (o->metavar)
            return;
    }
}

static void *alloc_words(size_t n)
{
    void *p = malloc(n * sizeof(char *));
    if (!p) {
        fprintf(stderr, "gilvm: out of memory\n");
        exit(2);
    }
    return p;
}

static bool env_set(const Args *a, const char *name)
{
    const char *v = a->ignore_env ? NULL : getenv(name);
    return v && *v;
}

/* What the PYTHON* variables add to the command line, as CPython reads them:
 * the dev mode's "default" filter first, then PYTHONWARNINGS, then -W's, so
 * that a later one wins (warnings puts each in front of the one before). */
static void apply_python_env(Args *a)
{
    a->unbuffered |= env_set(a, "PYTHONUNBUFFERED");
    a->dev_mode |= env_set(a, "PYTHONDEVMODE");
    a->faulthandler |= a->dev_mode || env_set(a, "PYTHONFAULTHANDLER");
    if (env_set(a, "PYTHONOPTIMIZE")) {
        int level = atoi(getenv("PYTHONOPTIMIZE"));
        level = level > 0 ? level : 1;   /* a non-number counts as one -O, as CPython's */
        a->optimize = a->optimize > level ? a->optimize : level;
    }
    const char *pw = env_set(a, "PYTHONWARNINGS") ? getenv("PYTHONWARNINGS") : "";
    size_t nw = 1;
    for (const char *p = pw; *p; p++)
        nw += *p == ',';
    char **w = alloc_words((size_t)a->n_warnoptions + nw + 1), *save = NULL;
    int n = 0;
    if (a->dev_mode)
        w[n++] = "default";
    if (*pw && (env_warnings = strdup(pw)))
        for (char *tok = strtok_r(env_warnings, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
            w[n++] = tok;
    memcpy(w + n, a->warnoptions, (size_t)a->n_warnoptions * sizeof *w);
    free(warn_words);
    a->warnoptions = warn_words = w;
    a->n_warnoptions += n;
}

static void parse_args(int argc, char **argv, Args *a)
{
    a->vm_args = vm_words = alloc_words((size_t)argc);
    a->warnoptions = warn_words = alloc_words((size_t)argc);
    a->xoptions = x_words = alloc_words((size_t)argc);
    int i = 1;
    for (; i < argc && !a->script; i++) {
        const char *s = argv[i];
        if (strcmp(s, "--") == 0) {   /* the end of the options: the next word is the script */
            if (++i < argc)
                a->script = argv[i];
        } else if (strncmp(s, "--", 2) == 0) {
            int first = i;
            cliopt_parse_long(&cli, argc, argv, &i);
            if (cliopt_find(&vm_cli, s))
                while (first <= i)
                    a->vm_args[a->n_vm_args++] = argv[first++];
        } else if (s[0] == '-' && s[1]) {
            parse_short(argc, argv, &i, a);
        } else {
            a->script = s;
        }
    }
    if (mode != MODE_RUN)
        return;
    if (!a->script && !a->dis && !isatty(STDIN_FILENO)) {
        a->script = "-";   /* python3 runs a program piped or redirected to it */
        a->argv0 = "";
    }
    if (!a->script)
        usage_error("%s", a->dis ? "-m dis needs a script" : "no script given (gilvm has no interactive prompt)");
    if (a->dis && a->code)
        usage_error("%s", "-m dis needs a file, not -c");
    a->nrest = argc - i;
    a->rest = argv + i;
    apply_python_env(a);
    const char *digits = a->ignore_env ? NULL : getenv("PYTHONINTMAXSTRDIGITS");
    a->max_str_digits = -1;
    if (digits && *digits) {
        char *end;
        errno = 0;
        a->max_str_digits = strtoll(digits, &end, 10);
        if (*end || errno || a->max_str_digits < 0 ||
            (a->max_str_digits && a->max_str_digits < INT_STR_DIGITS_THRESHOLD))
            usage_error("PYTHONINTMAXSTRDIGITS=%s: invalid limit; must be >= 640 or 0 for unlimited",
                        digits);
    }
    cliopt_apply_env(&cli);   /* environment variables stand in for options not given */
}

/* ---- running ----------------------------------------------------------------- */

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *grown = realloc(buf, 2 * cap + 1);
        if (!grown)
            free(buf);
        buf = grown;
        cap *= 2;
    }
    if (!buf || ferror(f)) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* A directory runs its __main__.py, as python3 runs it; without one python3
 * says so and exits 1.  The path lives as long as the process. */
static void resolve_directory(Args *a)
{
    struct stat st;
    if (a->code || a->module || strcmp(a->script, "-") == 0 || stat(a->script, &st) != 0 ||
        !S_ISDIR(st.st_mode))
        return;
    static char path[4096];
    size_t n = strlen(a->script);
    snprintf(path, sizeof path, "%s%s__main__.py", a->script, n && a->script[n - 1] == '/' ? "" : "/");
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "gilvm: can't find '__main__' module in '%s'\n", a->script);
        exit(1);
    }
    a->script = path;
}

/* The source of the script; exits 2 the way python3 does when it cannot. */
static char *load_source(const Args *a, size_t *len)
{
    if (a->code) {
        *len = strlen(a->code);
        return strdup(a->code);
    }
    FILE *f = strcmp(a->script, "-") == 0 ? stdin : fopen(a->script, "rb");
    char *src = f ? read_all(f, len) : NULL;
    int err = errno;
    if (f && f != stdin)
        fclose(f);
    if (!src) {
        fprintf(stderr, "gilvm: can't open file '%s': [Errno %d] %s\n", a->script, err, strerror(err));
        exit(2);
    }
    return src;
}

static const char *code_filename(const Args *a)
{
    return a->code ? "<string>" : strcmp(a->script, "-") == 0 ? "<stdin>" : a->script;
}

/* The exit status an uncaught exception asks for, printing what CPython
 * prints.  KeyboardInterrupt's 130 is what the shell sees when the process
 * ends by SIGINT, which main arranges (die_by_sigint). */
static bool interrupted;

static int report_uncaught(Object *exc)
{
    if (!exc_matches(exc, (Object *)ExcSystemExit)) {
        mod_sys_report_uncaught(exc);
        interrupted = exc_matches(exc, (Object *)ExcKeyboardInterrupt);
        return interrupted ? EXIT_SIGINT : 1;
    }
    ExcObject *e = (ExcObject *)exc;
    Object *code = e->dict ? dict_get_str(e->dict, "code") : NULL;
    if (!code || code == None)
        return 0;
    if (obj_is(code, &IntType) || obj_is(code, &BoolType))
        return (int)(int_value(code) & 0xff);
    builtins_flush_stdout();
    Object *s = obj_str(code);
    if (s)
        fprintf(stderr, "%s\n", str_utf8(s));
    else
        exc_clear();
    XDECREF(s);
    return 1;
}

/* -m NAME found no module: one line, as python3's runpy prints it, exit 1. */
static int report_not_found(Object *exc)
{
    Object *s = obj_str(exc);
    fprintf(stderr, "gilvm: %s\n", s ? str_utf8(s) : "No module to run");
    if (!s)
        exc_clear();
    XDECREF(s);
    DECREF(exc);
    return 1;
}

/* sys.argv[0] = the module's file, once -m has found it, as python3 sets it. */
static int set_argv0(Object *file)
{
    Object *sys = import_name(str_intern("sys"), NULL, NULL, 0);
    Object *argv = sys ? obj_getattr_str(sys, "argv") : NULL;
    int r = argv && obj_isinstance_type(argv, &ListType) && list_len(argv) ? 0 : -1;
    if (r == 0) {
        INCREF(file);
        Object *old = list_get(argv, 0);
        list_set(argv, 0, file);
        DECREF(old);
    }
    XDECREF(argv);
    XDECREF(sys);
    return r;
}

/* The __main__ module for the code: a script's file, or -m's module with
 * its file and package. */
static Object *main_module(const Args *a, Object *file, Object *package)
{
    Object *m = module_new("__main__", a->code ? NULL : file ? str_utf8(file) : code_filename(a));
    if (m && package && (dict_set_str(module_dict(m), "__package__", package) < 0 || set_argv0(file) < 0))
        SETREF(m, NULL);
    /* __main__'s __builtins__ is the builtins module itself, as CPython's. */
    Object *bm = m ? dict_get_str(module_loaded(), "builtins") : NULL;
    if (m && module_add(m, "__builtins__", bm ? bm : eval_builtins()) < 0)
        SETREF(m, NULL);
    return m;
}

/* The code to run: the script's, or (-m NAME) the module's. */
static Object *main_code(const Args *a, Object **file, Object **package)
{
    *file = *package = NULL;
    if (a->module)
        return import_main_code(a->module, file, package);
    size_t len;
    char *src = load_source(a, &len);
    Object *code = compile_source(src, len, code_filename(a), COMPILE_FILE);
    free(src);
    return code;
}

/* As in CPython, sys and builtins are in sys.modules before the program's
 * first line, imported or not: code that finds a module there by name
 * (pickle's whichmodule, input() reading sys.stdin) finds these two. */
static int import_core(void)
{
    static const char *const names[] = { "sys", "builtins" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        Object *n = str_from_cstr(names[i]);
        Object *m = n ? import_name(n, NULL, NULL, 0) : NULL;
        XDECREF(n);
        if (!m)
            return -1;
        DECREF(m);
    }
    return 0;
}

/* What CPython starts before the program when its options ask: warnings,
 * which reads the -W filters from sys.warnoptions (and says which it
 * cannot take), and faulthandler's handlers. */
static int import_asked(const Args *a)
{
    Object *w = a->n_warnoptions ? import_name(str_intern("warnings"), NULL, NULL, 0) : NULL;
    if (a->n_warnoptions && !w)
        return -1;
    XDECREF(w);
    if (!a->faulthandler)
        return 0;
    Object *fh = import_name(str_intern("faulthandler"), NULL, NULL, 0);
    Object *r = fh ? obj_call_method(fh, "enable", NULL, 0) : NULL;
    XDECREF(fh);
    XDECREF(r);
    return r ? 0 : -1;
}

/* Compile and run (or disassemble) the script in __main__; returns the exit status. */
static int run_main(const Args *a)
{
    Object *file = NULL, *package = NULL;
    Object *code = import_core() < 0 || import_asked(a) < 0 ? NULL : main_code(a, &file, &package);
    int status = 0;
    if (code && a->dis) {
        status = dis_code(stdout, code) < 0;
    } else if (code) {
        Object *m = main_module(a, file, package);
        if (m) {
            module_set_main(m);
            Object *r = eval_code(code, module_dict(m), module_dict(m));
            XDECREF(r);
            DECREF(m);
        }
    }
    bool found = file != NULL;
    XDECREF(file);
    XDECREF(package);
    XDECREF(code);
    free(reserve);
    reserve = NULL;
    Object *exc = exc_fetch();
    if (exc && a->module && !found && exc_matches(exc, (Object *)ExcImportError)) {
        status = report_not_found(exc);   /* -m found nothing to run */
    } else if (exc) {
        status = report_uncaught(exc);
        DECREF(exc);
    }
    return status;
}

/* As CPython does after an uncaught KeyboardInterrupt: end by SIGINT under its
 * default action, so a parent (a shell, a sweep) learns that the user
 * stopped the program, not that it failed.  Returns only if that failed. */
static void die_by_sigint(void)
{
    fflush(NULL);
    signal(SIGINT, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGINT);
}

static char **sys_argv_new(const Args *a)
{
    char **v = alloc_words((size_t)a->nrest + 2);
    v[0] = (char *)(a->argv0 ? a->argv0 : a->script);
    memcpy(v + 1, a->rest, (size_t)a->nrest * sizeof *v);
    v[a->nrest + 1] = NULL;
    return v;
}

/* Free what is left, then report what still lives (GILVM_LEAKCHECK=1).
 * Whether the last flush of stdout failed (CPython's exit 120). */
static bool finalize(Object *builtins)
{
    mod_sys_set_finalizing();
    module_fini();
    codec_fini();
    type_fini();
    exc_clear();
    /* What only cycles keep (classes whose methods use super(), instances
     * a class attribute held) goes while builtins still exist for their
     * __del__; then once more for cycles through builtins' own objects. */
    gc_fini();
    gc_collect_at_exit();
    DECREF(builtins);
    gc_collect_at_exit();
    bool flush_failed = sys_flush_at_exit() < 0;
    if (measure_stats_wanted)
        vmstats_print(stderr);
    const char *lc = getenv("GILVM_LEAKCHECK");
    unsigned abandoned = vmthread_abandoned();
    if (!lc || strcmp(lc, "1") != 0 || vmstats_live() == 0)
        return flush_failed;
    if (abandoned)   /* their frames hold objects nobody may touch any more */
        fprintf(stderr, "gilvm: %llu objects live at exit, held by %u daemon thread%s abandoned "
                "at shutdown\n", (unsigned long long)vmstats_live(), abandoned, abandoned == 1 ? "" : "s");
    else
        fprintf(stderr, "gilvm: leak: %llu objects live at exit\n", (unsigned long long)vmstats_live());
    return flush_failed;
}

int main(int argc, char **argv)
{
    Args a = { 0 };
    parse_args(argc, argv, &a);
    if (mode == MODE_RUN)
        resolve_directory(&a);
    switch (mode) {
    case MODE_HELP: print_help(); return 0;
    case MODE_VERSION:
        printf("%s (CPython 3.8 bytecode, %s libpfm4)\n", GILVM_VERSION, perf_have_pfm() ? "with" : "without");
        return 0;
    case MODE_LIST: print_list(); return 0;
    case MODE_RUN: break;
    }
    if (a.unbuffered) {
        setvbuf(stdout, NULL, _IONBF, 0);
        setvbuf(stderr, NULL, _IONBF, 0);
    }
    /* As CPython: a reader gone is EPIPE, raised as BrokenPipeError. */
    signal(SIGPIPE, SIG_IGN);
    cap_memory();
    const char *what = a.module ? a.module : a.script;   /* the record's script column */
    measure_describe_run(what, a.nrest, a.rest);
    gil_count_instructions_with(eval_thread_instructions);
    if (gil_init() != 0 || measure_init() != 0)
        return 2;
    vmthread_signals_init();
    ThreadState *ts = vmthread_attach("MainThread");
    Object *builtins = ts ? builtins_dict_new() : NULL;
    if (!builtins || eval_init(builtins) < 0) {
        fprintf(stderr, "gilvm: cannot initialise the VM: out of memory\n");
        return 2;
    }
    if (a.max_str_digits >= 0)
        int_set_max_str_digits(a.max_str_digits);   /* checked by parse_args */
    char **sys_argv = sys_argv_new(&a);
    mod_sys_set_argv(a.nrest + 1, sys_argv);
    int n_parent_env;
    const char *const *penv = parent_env(&n_parent_env);
    compile_optimize = a.optimize;
    mod_sys_set_options(&(SysOptions){ .ignore_environment = a.ignore_env, .version = GILVM_VERSION,
                                       .isolated = a.isolated, .quiet = a.quiet, .dev_mode = a.dev_mode,
                                       .optimize = a.optimize, .int_max_str_digits = a.max_str_digits,
                                       .vm_args = a.vm_args, .n_vm_args = a.n_vm_args,
                                       .parent_env = penv, .n_parent_env = n_parent_env,
                                       .warnoptions = a.warnoptions, .n_warnoptions = a.n_warnoptions,
                                       .xoptions = a.xoptions, .n_xoptions = a.n_xoptions });
    int status = run_main(&a);
    if (eval_refused())   /* also when the refusal ended another thread */
        status = 2;
    vm_run_shutdown_hooks();
    mod_atexit_run();
    mod_signal_fini();
    gil_begin_shutdown(ts->gil);
    exc_nomemory_release();
    if (finalize(builtins))
        status = EXIT_FLUSH_FAILED;
    free(sys_argv);
    free(vm_words);
    free(warn_words);
    free(x_words);
    free(env_warnings);
    MeasureRun run = { .script = what, .argc = a.nrest, .argv = a.rest,
                       .instructions = vmstats_instructions(), .exit_status = status };
    unsigned threads;
    uint64_t ops[256], hits, misses;
    vmthread_totals(ops, &hits, &misses, &threads);
    run.threads = threads;
    vmthread_detach();
    gil_fini();
    if (measure_finish(&run) != 0 || trace_finish() != 0)
        status = status ? status : 1;
    fflush(stdout);
    if (interrupted)
        die_by_sigint();
    return status;
}
