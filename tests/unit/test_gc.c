/* tests/unit/test_gc.c — the cycle collector through its C API: containers
 * are tracked from allocation, a dropped cycle is found and freed while a
 * held one survives (and moves to the next generation), a cycle through a
 * tuple is broken by clearing the list in it, allocations past threshold 0
 * collect on their own unless the collector is disabled, and immortal
 * objects are never tracked.  No object is left alive at the end. */
#include "vm/objects/gc.h"
#include "vm/objects/object.h"

#include <stdio.h>
#include "tests/unit/check.h"

static bool tracked(Object *o) { return obj_is_gc(o) && gc_head(o)->next != NULL; }

/* A list that contains itself; the caller's reference is returned. */
static Object *self_list(void)
{
    Object *l = list_new(0);
    if (l && list_append(l, l) < 0)
        CHECK(0, "list_append failed");
    return l;
}

static void test_tracking(void)
{
    Object *l = list_new(0), *d = dict_new(), *t = tuple_new(2), *s = str_from_cstr("x");
    CHECK(tracked(l) && tracked(d) && tracked(t), "containers are tracked from allocation");
    CHECK(!obj_is_gc(s), "a str has no GC header");
    CHECK(!obj_is_gc(tuple_new(0)), "the empty tuple is static and untracked");
    CHECK(!obj_is_gc((Object *)&ListType), "a static type is untracked");
    tuple_set(t, 0, none_new());
    tuple_set(t, 1, none_new());
    DECREF(l);
    DECREF(d);
    DECREF(t);
    DECREF(s);
}

static void test_cycles(void)
{
    gc_collect(2);
    uint64_t live = obj_live();
    Object *l = self_list();
    DECREF(l);
    CHECK(obj_live() == live + 1, "a dropped self-cycle outlives refcounting");
    ssize_t n = gc_collect(0);
    CHECK(n == 1, "collect(0) found %zd, want 1", n);
    CHECK(obj_live() == live, "the cycle was freed (%llu live, want %llu)",
          (unsigned long long)obj_live(), (unsigned long long)live);

    Object *held = self_list();
    int gen1 = gc_get_count(1);
    n = gc_collect(0);
    CHECK(n == 0, "a held cycle is reachable (found %zd)", n);
    CHECK(list_len(held) == 1 && list_get(held, 0) == held, "and left intact");
    CHECK(gc_get_count(1) == gen1 + 1, "collect(0) counts one for generation 1");
    DECREF(held);
    CHECK(gc_collect(1) == 1, "the survivor is found in generation 1 once dropped");

    /* list -> tuple -> list: only the list can be cleared. */
    Object *a = list_new(0), *t = tuple_new(1);
    INCREF(a);
    tuple_set(t, 0, a);
    list_append(a, t);
    DECREF(t);
    DECREF(a);
    n = gc_collect(2);
    CHECK(n == 2, "list/tuple cycle: found %zd, want 2", n);
    CHECK(obj_live() == live, "list/tuple cycle freed");
}

static void test_thresholds(void)
{
    gc_collect(2);
    uint64_t live = obj_live();
    int t0 = gc_get_threshold(0);
    gc_set_threshold(0, 10);
    Object *keep = list_new(0);
    DECREF(self_list());
    for (int i = 0; i < 12; i++) {
        Object *x = list_new(0);
        list_append(keep, x);
        DECREF(x);
    }
    CHECK(obj_live() == live + 13, "threshold 10 collected the cycle on its own (%llu live, want %llu)",
          (unsigned long long)obj_live(), (unsigned long long)(live + 13));
    DECREF(keep);

    gc_enabled = false;
    keep = list_new(0);
    DECREF(self_list());
    for (int i = 0; i < 30; i++) {
        Object *x = list_new(0);
        list_append(keep, x);
        DECREF(x);
    }
    CHECK(obj_live() == live + 32, "disabled: the cycle stays (%llu live, want %llu)",
          (unsigned long long)obj_live(), (unsigned long long)(live + 32));
    DECREF(keep);
    CHECK(gc_collect(2) == 1, "an explicit collect still works while disabled");
    gc_enabled = true;
    gc_set_threshold(0, t0);
    CHECK(obj_live() == live, "nothing left");
}

int main(void)
{
    uint64_t live = obj_live();
    test_tracking();
    test_cycles();
    test_thresholds();
    CHECK(!exc_occurred(), "no exception left pending");
    CHECK(obj_live() == live, "%lld objects leaked", (long long)(obj_live() - live));
    return check_done("test_gc");
}
