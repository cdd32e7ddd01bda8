/* vm/runtime/state.c — thread states, the GIL seen from one VM thread, shutdown hooks.
 *
 * Invariants:
 *   - A ThreadState is read and written only by its own thread, except that
 *     its counters are summed by vmthread_totals on the main thread at exit
 *     (under reg_lock, after shutdown began, when no other thread runs
 *     Python any more), and its ident and frame are read by vmthread_frames
 *     under reg_lock with the GIL held: a thread sets ident before it
 *     registers and moves its frame only while it holds the GIL.
 *   - reg_lock guards the registry list and the counters of threads that
 *     are gone (gone_*); it is never held while taking the GIL.
 *   - Objects owned by a state (handled, the pending exception) are released only with the
 *     GIL held; a thread stopped by vmthread_exit_now (GIL not held)
 *     abandons them, as CPython abandons daemon threads' objects.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vm/runtime/state.h"
#include "vm/runtime/frame.h"
#include "vm/runtime/import.h"
#include "sched/measure.h"
#include "sched/trace.h"

_Thread_local ThreadState *vm_tstate;

/* Signals reach Python on the main thread, as in CPython: SIGINT raises
 * KeyboardInterrupt, and the signal module (vm/modules/mod_signal.c) may
 * catch others and run a Python handler for each.
 *
 * Invariants:
 *   - on_signal, the C handler of every caught signal, only records it:
 *     pending[sig] and any_pending are set only there (atomic, lock-free, so
 *     safe in a handler), then a VM-owned bit in the GIL's eval breaker, so
 *     running bytecode reaches its slow path at the next instruction; the
 *     policies ignore bits they do not own.  The handler keeps errno.
 *   - The flags are read by any thread (vm_block_interrupted, vm_cond_wait)
 *     but cleared only by the main thread, in vmthread_check_signals, with
 *     the GIL held: the breaker bit is lowered first, then any_pending, then
 *     each pending[sig], so a signal arriving in between leaves its flags
 *     set for the next check.  Python handlers (the dispatch function) run
 *     only there, so only on the main thread with the GIL.
 *   - Only the main thread can take SIGINT: every VM thread blocks it when it
 *     attaches, and sched/'s watchdog blocks every signal.  Other caught
 *     signals go where the kernel sends them (the main thread, for kill()
 *     and timers, unless it blocks them); a handler run on another thread
 *     still only records the signal for the main thread.  Handlers are
 *     installed without SA_RESTART, so a blocking system call the main
 *     thread makes ends with EINTR; the caller then takes the GIL back and
 *     calls vmthread_check_signals, retrying (PEP 475) unless it raised.
 *   - A wait of the main thread that no signal can cut short (a condition
 *     variable: glibc restarts it) goes through vm_cond_wait, which looks at
 *     any_pending every SIGNAL_POLL_NS; a blocking system call checks
 *     vm_block_interrupted just before it starts, so a signal that arrived
 *     after the last instruction boundary is not slept through.
 *   - dispatch is written by the signal module with the GIL held and read
 *     only by vmthread_check_signals (GIL held). */
static atomic_bool pending[NSIG];
static atomic_bool any_pending;
static pthread_t main_thread;
static int (*dispatch)(int sig);
#define SIGNAL_POLL_NS (50 * 1000000L)

static void on_signal(int sig)
{
    int saved = errno;
    atomic_store(&pending[sig], true);
    atomic_store(&any_pending, true);
    gil_breaker_raise_vm(GIL_BRK_VM_SIGNAL);
    errno = saved;
}

int vm_signal_catch(int sig)
{
    struct sigaction sa = { .sa_handler = on_signal };
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

void vm_signal_set_dispatch(int (*fn)(int sig)) { dispatch = fn; }

bool vmthread_is_main(void) { return pthread_equal(pthread_self(), main_thread); }

void vmthread_signals_init(void)
{
    main_thread = pthread_self();
    vm_signal_catch(SIGINT);
}

/* Without the signal module only SIGINT is caught: KeyboardInterrupt. */
static int default_dispatch(int sig)
{
    if (sig != SIGINT)
        return 0;
    exc_set_obj((Object *)ExcKeyboardInterrupt);
    return -1;
}

int vmthread_check_signals(void)
{
    if (!vmthread_is_main())
        return 0;
    gil_breaker_lower_vm(GIL_BRK_VM_SIGNAL);
    if (!atomic_exchange(&any_pending, false))
        return 0;
    for (int sig = 1; sig < NSIG; sig++) {
        if (!atomic_exchange(&pending[sig], false))
            continue;
        if ((dispatch ? dispatch : default_dispatch)(sig) < 0) {
            /* Signals not yet looked at wait for the next check, as CPython's. */
            atomic_store(&any_pending, true);
            gil_breaker_raise_vm(GIL_BRK_VM_SIGNAL);
            return -1;
        }
    }
    return 0;
}

bool vm_block_interrupted(void)
{
    return vmthread_is_main() && atomic_load(&any_pending);
}

static bool ts_before(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

int vm_cond_wait(pthread_cond_t *cv, pthread_mutex_t *m, const struct timespec *deadline)
{
    if (!vmthread_is_main())
        return deadline ? pthread_cond_timedwait(cv, m, deadline) : pthread_cond_wait(cv, m);
    if (atomic_load(&any_pending))
        return EINTR;
    struct timespec slice;
    clock_gettime(CLOCK_MONOTONIC, &slice);
    slice.tv_nsec += SIGNAL_POLL_NS;
    if (slice.tv_nsec >= 1000000000L) {
        slice.tv_sec++;
        slice.tv_nsec -= 1000000000L;
    }
    bool last = deadline && !ts_before(&slice, deadline);
    int r = pthread_cond_timedwait(cv, m, last ? deadline : &slice);
    if (atomic_load(&any_pending))
        return EINTR;
    return r == ETIMEDOUT && !last ? 0 : r;
}

int vm_recursion_limit = 1000;

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static ThreadState *reg_head;
static uint64_t gone_opcount[256], gone_hits, gone_misses;
static unsigned threads_seen, threads_stopped; /* stopped: left by vmthread_exit_now */

/* Whatever the recursion limit says, a frame never starts in the last
 * STACK_RESERVE bytes (plus 1/16) of its thread's C stack. */
#define STACK_RESERVE (256 * 1024)

static char *stack_limit(void)
{
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return NULL;
    int r = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    if (r != 0 || size < 2 * STACK_RESERVE)
        return NULL;
    return (char *)addr + STACK_RESERVE + size / 16;
}

bool vm_stack_exhausted_unattached(void)
{
    static _Thread_local char *own_floor;
    static _Thread_local bool own_floor_known;
    if (!own_floor_known) {
        own_floor = stack_limit();
        own_floor_known = true;
    }
    return (char *)__builtin_frame_address(0) < own_floor;
}

static ThreadState *state_new(const char *name)
{
    ThreadState *ts = calloc(1, sizeof *ts);
    if (!ts)
        return NULL;
    snprintf(ts->name, sizeof ts->name, "%s", name);
    ts->stack_limit = stack_limit();
    ts->ident = (uint64_t)pthread_self();
    return ts;
}

static void registry_add(ThreadState *ts)
{
    pthread_mutex_lock(&reg_lock);
    ts->next = reg_head;
    reg_head = ts;
    threads_seen++;
    pthread_mutex_unlock(&reg_lock);
}

/* Unlink ts, keeping its counters in the totals of threads that are gone. */
static void registry_remove(ThreadState *ts)
{
    pthread_mutex_lock(&reg_lock);
    for (ThreadState **p = &reg_head; *p; p = &(*p)->next) {
        if (*p == ts) {
            *p = ts->next;
            break;
        }
    }
    for (int i = 0; i < 256; i++)
        gone_opcount[i] += ts->opcount[i];
    gone_hits += ts->global_hits;
    gone_misses += ts->global_misses;
    pthread_mutex_unlock(&reg_lock);
}

static ThreadState *attach(const char *name)
{
    if (!pthread_equal(pthread_self(), main_thread)) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        pthread_sigmask(SIG_BLOCK, &set, NULL);
    }
    ThreadState *ts = state_new(name);
    if (!ts)
        return NULL;
    ts->gil = gil_thread_new(name);
    if (!ts->gil) {
        free(ts);
        return NULL;
    }
    measure_thread_begin(name);
    if (gil_take(ts->gil) != GIL_OK) {
        measure_thread_end();
        gil_thread_free(ts->gil);
        free(ts);
        return NULL;
    }
    vm_tstate = ts;
    registry_add(ts);
    return ts;
}

ThreadState *vmthread_attach(const char *name) { return attach(name); }

void vmthread_detach(void)
{
    ThreadState *ts = vm_tstate;
    exc_clear();
    SETREF(ts->handled, NULL);
    SETREF(ts->tracefunc, NULL);
    SETREF(ts->profilefunc, NULL);
    frame_arena_fini();
    measure_thread_end();
    registry_remove(ts);
    gil_drop(ts->gil, GIL_DROP_EXIT);   /* pacing counts ts's last instructions */
    vm_tstate = NULL;
    gil_thread_free(ts->gil);
    free(ts);
}

_Noreturn void vmthread_exit_now(void)
{
    ThreadState *ts = vm_tstate;
    measure_thread_end();
    registry_remove(ts);
    pthread_mutex_lock(&reg_lock);
    threads_stopped++;
    pthread_mutex_unlock(&reg_lock);
    vm_tstate = NULL;
    gil_thread_free(ts->gil);
    free(ts);
    /* Park rather than pthread_exit: nothing on this stack is unwound or
     * freed, what it points to stays reachable (no false leak reports), and
     * the process exit ends the thread. */
    for (;;)
        pause();
}

void vm_block_begin(const char *what)
{
    gil_blocking_begin(vm_tstate->gil, what);
}

void vm_block_end(void)
{
    if (gil_blocking_end(vm_tstate->gil) != GIL_OK)
        vmthread_exit_now();
}

void vmthread_service(ThreadState *ts)
{
    if (gil_service(ts->gil) != GIL_OK)
        vmthread_exit_now();
}

void vmthread_tick(ThreadState *ts)
{
    if (gil_tick(ts->gil) != GIL_OK)
        vmthread_exit_now();
}

/* ---- fork(2) (state.h).  Lock order: import_mu, reg_lock, then sched/'s;
 * none of them is held by a thread waiting for the GIL, which the forking
 * thread holds, so taking them cannot deadlock. */

void vmthread_before_fork(void)
{
    import_before_fork();
    pthread_mutex_lock(&reg_lock);
    gil_before_fork();
}

void vmthread_after_fork_parent(void)
{
    gil_after_fork_parent();
    pthread_mutex_unlock(&reg_lock);
    import_after_fork_parent();
}

/* CPython's _PySignal_AfterFork: signals the parent had not handled yet
 * are not the child's. */
static void forget_signals(void)
{
    gil_breaker_lower_vm(GIL_BRK_VM_SIGNAL);
    atomic_store(&any_pending, false);
    for (int sig = 1; sig < NSIG; sig++)
        atomic_store(&pending[sig], false);
}

void vmthread_after_fork_child(void)
{
    ThreadState *self = vm_tstate, *others = NULL;
    gil_after_fork_child(self->gil);
    for (ThreadState *ts = reg_head, *next; ts; ts = next) {
        next = ts->next;
        if (ts != self) {
            ts->next = others;
            others = ts;
        }
    }
    reg_head = self;
    self->next = NULL;
    threads_seen = 1;
    threads_stopped = 0;
    pthread_mutex_unlock(&reg_lock);
    main_thread = pthread_self();
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    forget_signals();
    import_after_fork_child();
    /* Last: letting go of what they were handling may run a __del__. */
    for (ThreadState *ts = others, *next; ts; ts = next) {
        next = ts->next;
        SETREF(ts->handled, NULL);
        free(ts);
    }
}

/* ---- shutdown hooks: registered by modules, run by main with the GIL held */

static void (**hooks)(void);
static size_t nhooks;

int vm_at_shutdown(void (*fn)(void))
{
    void (**grown)(void) = realloc(hooks, (nhooks + 1) * sizeof *hooks);
    if (!grown)
        return -1;
    hooks = grown;
    hooks[nhooks++] = fn;
    return 0;
}

void vm_run_shutdown_hooks(void)
{
    for (size_t i = 0; i < nhooks; i++)
        hooks[i]();
    free(hooks);
    hooks = NULL;
    nhooks = 0;
}

VmThreadFrame *vmthread_frames(size_t *n)
{
    pthread_mutex_lock(&reg_lock);
    size_t k = 0, cap = 0;
    for (ThreadState *ts = reg_head; ts; ts = ts->next)
        cap++;
    VmThreadFrame *v = malloc((cap ? cap : 1) * sizeof *v);
    for (ThreadState *ts = reg_head; ts && v; ts = ts->next)
        if (ts->frame)
            v[k++] = (VmThreadFrame){ ts->ident, ts->frame };
    pthread_mutex_unlock(&reg_lock);
    *n = k;
    return v;
}

unsigned vmthread_abandoned(void)
{
    pthread_mutex_lock(&reg_lock);
    unsigned n = threads_stopped;
    for (ThreadState *ts = reg_head; ts; ts = ts->next)
        n += ts != vm_tstate;
    pthread_mutex_unlock(&reg_lock);
    return n;
}

void vmthread_totals(uint64_t opcount[256], uint64_t *hits, uint64_t *misses, unsigned *threads)
{
    pthread_mutex_lock(&reg_lock);
    memcpy(opcount, gone_opcount, sizeof gone_opcount);
    *hits = gone_hits;
    *misses = gone_misses;
    for (ThreadState *ts = reg_head; ts; ts = ts->next) {
        for (int i = 0; i < 256; i++)
            opcount[i] += ts->opcount[i];
        *hits += ts->global_hits;
        *misses += ts->global_misses;
    }
    *threads = threads_seen;
    pthread_mutex_unlock(&reg_lock);
}
