/* vm/runtime/vmstats.c — the VM's --stats block, from the per-thread counters that
 * vm/runtime/state.c keeps and the allocation counts of vm/objects/object.c. */
#include <inttypes.h>
#include <stdlib.h>

#include "vm/runtime/eval.h"
#include "vm/objects/gc.h"
#include "vm/opcode.h"
#include "vm/runtime/state.h"
#include "vm/runtime/vmstats.h"

#define TOP_N 10

static uint64_t sum(const uint64_t count[256])
{
    uint64_t total = 0;
    for (int i = 0; i < 256; i++)
        if (opcode_info[i].name)
            total += count[i];
    return total;
}

/* Per-thread counters plus the fused forms' runs (see eval.c). */
static void totals(uint64_t count[256], uint64_t *hits, uint64_t *misses, unsigned *threads)
{
    vmthread_totals(count, hits, misses, threads);
    eval_fused_counts(count);
}

uint64_t vmstats_instructions(void)
{
    uint64_t count[256], hits, misses;
    unsigned threads;
    totals(count, &hits, &misses, &threads);
    return sum(count);
}

uint64_t vmstats_live(void) { return obj_live(); }

void vmstats_print(FILE *f)
{
    uint64_t count[256], hits, misses;
    unsigned threads;
    totals(count, &hits, &misses, &threads);
    uint64_t total = sum(count);
    fprintf(f, "\n VM stats (%u thread%s):\n\n", threads, threads == 1 ? "" : "s");
    fprintf(f, "   %18" PRIu64 "      instructions executed\n", total);
    bool shown[256] = { false };
    for (int rank = 0; rank < TOP_N; rank++) {
        int best = -1;
        for (int i = 0; i < 256; i++)
            if (opcode_info[i].name && !shown[i] && count[i] && (best < 0 || count[i] > count[best]))
                best = i;
        if (best < 0)
            break;
        shown[best] = true;
        fprintf(f, "   %18" PRIu64 "        %-24s # %5.1f%%\n", count[best], opcode_info[best].name,
                100.0 * (double)count[best] / (double)total);
    }
    fprintf(f, "   %18" PRIu64 "      LOAD_GLOBAL cache hits%s\n", hits,
            eval_global_cache_on ? "" : " (cache off: --no-global-cache)");
    fprintf(f, "   %18" PRIu64 "      LOAD_GLOBAL cache misses\n", misses);
    uint64_t reused = eval_fused_reused();   /* in-place updates: see eval.c */
    fprintf(f, "   %18" PRIu64 "      objects allocated\n", obj_stats.allocated + reused);
    fprintf(f, "   %18" PRIu64 "      objects freed\n", obj_stats.freed + reused);
    fprintf(f, "   %18" PRIu64 "      objects peak live\n", obj_stats.peak_live);
    fprintf(f, "   %18" PRIu64 "      objects live at exit\n", obj_live());
    for (int g = 0; g < GC_GENERATIONS; g++)
        fprintf(f, "   %18" PRIu64 "      gc collections of generation %d\n", gc_stats.collections[g], g);
    fprintf(f, "   %18" PRIu64 "      gc objects collected (unreachable found)\n", gc_stats.collected);
    fprintf(f, "   %18.3f      gc pause total (ms)\n", (double)gc_stats.pause_total_ns / 1e6);
    fprintf(f, "   %18.3f      gc pause max (ms)\n", (double)gc_stats.pause_max_ns / 1e6);
}
