/* sched/schema.h — the one definition of a run record.
 *
 * COLUMN(name, kind, unit, source): kind is S (text, quoted in JSON), I
 * (integer) or F (decimal).  The CSV header, the JSON keys, the order of
 * both and `gilvm --schema` (the documentation) are all generated from
 * this list; nothing else names the columns.  An absent value (a counter
 * the machine or its permissions refuse) is an empty CSV cell and JSON
 * null, never 0.  Append new columns at the end so old files stay
 * comparable column by column. */
#ifndef GILKIT_SCHED_SCHEMA_H
#define GILKIT_SCHED_SCHEMA_H

#define SCHEMA_COLUMNS(COLUMN)                                                                  \
    COLUMN(timestamp, S, "UTC", "run end, ISO 8601 (clock_gettime REALTIME)")                   \
    COLUMN(tag, S, "", "env GILVM_TAG (experiment runner's run id)")                            \
    COLUMN(host, S, "", "uname(2) nodename")                                                    \
    COLUMN(kernel, S, "", "uname(2) release")                                                   \
    COLUMN(cpu_model, S, "", "/proc/cpuinfo model name")                                        \
    COLUMN(ncpu_online, I, "CPUs", "sysconf(_SC_NPROCESSORS_ONLN)")                             \
    COLUMN(cpus, S, "CPU list", "affinity in force after --cpus (sched_getaffinity)")           \
    COLUMN(pin, S, "", "--pin placement of VM threads")                                         \
    COLUMN(sched, S, "", "--sched class of every VM thread")                                    \
    COLUMN(rtprio, I, "", "--rtprio (fifo/rr only)")                                            \
    COLUMN(nice, I, "", "--nice of every VM thread")                                            \
    COLUMN(sched_ext, S, "", "/sys/kernel/sched_ext/state; empty if the kernel has none")       \
    COLUMN(perf_event_paranoid, I, "", "/proc/sys/kernel/perf_event_paranoid")                  \
    COLUMN(git_rev, S, "", "commit of the source tree holding the binary (.git/HEAD), 12 hex digits") \
    COLUMN(script, S, "", "script path as given, -c / -, or the module -m ran")                 \
    COLUMN(args, S, "", "script arguments, space-separated")                                    \
    COLUMN(gil, S, "", "--gil policy")                                                          \
    COLUMN(lock, S, "", "--lock primitive")                                                     \
    COLUMN(switch_interval_s, F, "s", "sys.getswitchinterval() at exit")                        \
    COLUMN(check_interval, I, "ticks", "sys.getcheckinterval() at exit")                        \
    COLUMN(threads, I, "", "VM threads that ran, main included")                                \
    COLUMN(wall_s, F, "s", "CLOCK_MONOTONIC, measure_init to measure_finish")                   \
    COLUMN(user_s, F, "s", "getrusage(RUSAGE_SELF) ru_utime")                                   \
    COLUMN(sys_s, F, "s", "getrusage(RUSAGE_SELF) ru_stime")                                    \
    COLUMN(maxrss_kb, I, "kB", "getrusage(RUSAGE_SELF) ru_maxrss")                              \
    COLUMN(ctx_switches, I, "", "perf context-switches, whole process (inherit)")               \
    COLUMN(vol_ctx, I, "", "getrusage(RUSAGE_SELF) ru_nvcsw")                                   \
    COLUMN(invol_ctx, I, "", "getrusage(RUSAGE_SELF) ru_nivcsw")                                \
    COLUMN(cpu_migrations, I, "", "perf cpu-migrations, whole process")                         \
    COLUMN(task_clock_ms, F, "ms", "perf task-clock, whole process")                            \
    COLUMN(page_faults, I, "", "perf page-faults, whole process")                               \
    COLUMN(minor_faults, I, "", "perf minor-faults, whole process")                             \
    COLUMN(major_faults, I, "", "perf major-faults, whole process")                             \
    COLUMN(cycles, I, "", "perf cycles, whole process (absent without a PMU)")                  \
    COLUMN(instructions, I, "", "perf instructions, whole process (absent without a PMU)")      \
    COLUMN(cache_misses, I, "", "perf cache-misses, whole process (absent without a PMU)")      \
    COLUMN(branch_misses, I, "", "perf branch-misses, whole process (absent without a PMU)")    \
    COLUMN(run_delay_ms, F, "ms", "sum over VM threads of /proc/.../schedstat run-queue wait")  \
    COLUMN(timeslices, I, "", "sum over VM threads of /proc/.../schedstat timeslices")          \
    COLUMN(gil_acquires, I, "", "gil_totals: acquires")                                         \
    COLUMN(gil_contended, I, "", "gil_totals: acquires that had to wait")                       \
    COLUMN(gil_wait_s, F, "s", "gil_totals: time spent waiting for the GIL, all threads")       \
    COLUMN(gil_wait_max_s, F, "s", "gil_totals: longest single wait")                           \
    COLUMN(gil_hold_s, F, "s", "gil_totals: time the GIL was held, all threads")                \
    COLUMN(gil_drop_requests, I, "", "gil_totals: drop requests set")                           \
    COLUMN(gil_forced_switches, I, "", "gil_totals: forced switches")                           \
    COLUMN(gil_lost_wakeups, I, "", "gil_totals: woken but another thread took the GIL (sem: 1 wait in 16 read)") \
    COLUMN(gil_switches, I, "", "gil_totals: GIL changed hands")                                \
    COLUMN(instructions_executed, I, "", "VM instructions executed")                            \
    COLUMN(events, S, "", "--events beyond the columns above: name=value;... (empty value: absent)") \
    COLUMN(trace_dropped, I, "", "--trace events dropped (full buffers); absent without --trace") \
    COLUMN(perf_note, S, "", "why perf values are absent (not supported / refused), else empty") \
    COLUMN(exit_status, I, "", "gilvm exit status")                                          \
    COLUMN(timed_out, I, "", "1 when --timeout ended the run (exit_status 124), else 0")       \
    COLUMN(libpfm4, I, "", "1 when the build resolves --events names through libpfm4, else 0") \
    COLUMN(emulate, S, "", "--emulate: the real interpreter emulated; empty for the raw VM")     \
    COLUMN(pace_work_per_instruction, F, "units", "pace units spent per instruction on top of gilvm's own (sched/pace.h); absent: raw VM speed") \
    COLUMN(pace_source, S, "", "where pace_work_per_instruction comes from: a calibration file, built-in figure or --pace") \
    COLUMN(gil_ticks, I, "ticks", "ticks run, all threads, counted per pacing window (a thread's last partial window not); absent unless pacing") \
    COLUMN(cpu_probe_us, S, "us", "sched/cpuprobe: one fixed piece of interpreter-like work pinned to each allowed CPU before the run, best of 5: CPU=us;...")

typedef enum {
#define SCHEMA_ENUM(name, kind, unit, source) COL_##name,
    SCHEMA_COLUMNS(SCHEMA_ENUM)
#undef SCHEMA_ENUM
    COL__COUNT
} SchemaColumn;

#endif
