/* tests/unit/test_dict.c — the dict: probing under collisions, resize,
 * deletion then reinsertion, insertion order, and PEP 509 version tags
 * (a fresh version on every mutation and only then). */
#include "vm/objects/object.h"

#include <stdio.h>
#include <string.h>
#include "tests/unit/check.h"

static Object *I(int64_t v) { return int_from_i64(v); }

static int64_t get_int(Object *d, int64_t k)
{
    Object *key = I(k);
    Object *v = dict_get(d, key);
    DECREF(key);
    return v ? int_value(v) : -999;
}

static void set_int(Object *d, int64_t k, int64_t v)
{
    Object *key = I(k), *val = I(v);
    if (dict_set(d, key, val) < 0)
        printf("dict_set failed\n");
    DECREF(key);
    DECREF(val);
}

/* Keys whose hashes share the low bits collide in the index table, so
 * every lookup after the first walks the perturbation chain. */
static void test_collisions(void)
{
    Object *d = dict_new();
    const int64_t stride = (int64_t)1 << 20;
    for (int64_t i = 0; i < 200; i++)
        set_int(d, i * stride, i);
    CHECK(dict_len(d) == 200, "len %zu", dict_len(d));
    for (int64_t i = 0; i < 200; i++)
        CHECK(get_int(d, i * stride) == i, "key %lld", (long long)(i * stride));
    CHECK(get_int(d, 7) == -999, "absent key found");
    DECREF(d);
}

static void test_resize_and_order(void)
{
    Object *d = dict_new();
    for (int64_t i = 0; i < 10000; i++)
        set_int(d, (i * 7919) % 10007, i);
    CHECK(dict_len(d) == 10000, "len %zu", dict_len(d));
    size_t pos = 0, n = 0;
    Object *k, *v;
    bool ordered = true;
    while (dict_next(d, &pos, &k, &v)) {
        ordered = ordered && int_value(v) == (int64_t)n && int_value(k) == ((int64_t)n * 7919) % 10007;
        n++;
    }
    CHECK(n == 10000 && ordered, "iteration order broken after resizes (%zu items)", n);
    DECREF(d);
}

static void test_delete_reinsert(void)
{
    Object *d = dict_new();
    for (int64_t i = 0; i < 100; i++)
        set_int(d, i, i);
    for (int64_t i = 0; i < 100; i += 2) {
        Object *key = I(i);
        CHECK(dict_del(d, key) == 0, "del %lld", (long long)i);
        DECREF(key);
    }
    CHECK(dict_len(d) == 50, "len after deletes %zu", dict_len(d));
    Object *missing = I(0);
    CHECK(dict_del(d, missing) < 0 && exc_matches(exc_occurred(), (Object *)ExcKeyError),
          "deleting a missing key must raise KeyError");
    exc_clear();
    DECREF(missing);
    for (int64_t i = 1; i < 100; i += 2)
        CHECK(get_int(d, i) == i, "survivor %lld", (long long)i);
    /* Reinserted keys go to the end of the order, deleted slots are reused. */
    set_int(d, 0, 1000);
    set_int(d, 2, 1002);
    size_t pos = 0;
    Object *k, *v, *last = NULL, *before = NULL;
    while (dict_next(d, &pos, &k, &v)) {
        before = last;
        last = k;
    }
    CHECK(last && int_value(last) == 2 && before && int_value(before) == 0,
          "reinserted keys must come last");
    CHECK(get_int(d, 0) == 1000 && get_int(d, 2) == 1002, "reinserted values");
    /* Churn: many delete/insert cycles must not fill the table with dummies. */
    for (int64_t round = 0; round < 5000; round++) {
        set_int(d, 100000 + round, round);
        Object *key = I(100000 + round);
        dict_del(d, key);
        DECREF(key);
    }
    CHECK(dict_len(d) == 52, "len after churn %zu", dict_len(d));
    CHECK(get_int(d, 99) == 99, "lookup after churn");
    DECREF(d);
}

static void test_str_keys(void)
{
    Object *d = dict_new();
    Object *a = str_from_cstr("alpha"), *a2 = str_from_cstr("alpha"), *one = I(1);
    dict_set(d, a, one);
    CHECK(dict_get(d, a2) == one, "equal strings that are different objects must match");
    CHECK(dict_get_str(d, "alpha") == one, "dict_get_str");
    CHECK(dict_get_str(d, "beta") == NULL && !exc_occurred(), "missing str key: NULL, no error");
    Object *l = list_new(0);
    CHECK(dict_set(d, l, one) < 0 && exc_matches(exc_occurred(), (Object *)ExcTypeError),
          "list key must be unhashable");
    exc_clear();
    /* 1, 1.0 and True are the same key. */
    Object *f = float_from_double(1.0);
    dict_set(d, I(1), one);
    CHECK(dict_get(d, f) == one && dict_get(d, TrueObj) == one, "1 == 1.0 == True as keys");
    DECREF(f);
    DECREF(l);
    DECREF(a);
    DECREF(a2);
    DECREF(d);
}

static void test_versions(void)
{
    Object *d = dict_new(), *e = dict_new();
    CHECK(dict_version(d) != dict_version(e), "new dicts get distinct versions");
    uint64_t v0 = dict_version(d);
    set_int(d, 1, 1);
    uint64_t v1 = dict_version(d);
    CHECK(v1 != v0, "insert changes the version");
    get_int(d, 1);
    get_int(d, 2);
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v))
        ;
    CHECK(dict_version(d) == v1, "lookups and iteration leave the version alone");
    set_int(d, 1, 2);
    uint64_t v2 = dict_version(d);
    CHECK(v2 != v1, "replacing a value changes the version");
    Object *key = I(1);
    dict_del(d, key);
    DECREF(key);
    uint64_t v3 = dict_version(d);
    CHECK(v3 != v2, "delete changes the version");
    key = I(5);
    CHECK(dict_del(d, key) < 0, "missing key");
    exc_clear();
    DECREF(key);
    CHECK(dict_version(d) == v3, "a failed delete leaves the version alone");
    set_int(e, 9, 9);
    CHECK(dict_version(e) > v3, "versions come from one increasing counter");
    for (int i = 0; i < 100; i++)
        set_int(d, i, i); /* resizes on the way */
    uint64_t v4 = dict_version(d);
    CHECK(v4 > v3, "inserts across resizes");
    dict_clear(d);
    CHECK(dict_version(d) != v4 && dict_len(d) == 0, "clear changes the version");
    DECREF(d);
    DECREF(e);
}

int main(void)
{
    uint64_t live = obj_live();
    test_collisions();
    test_resize_and_order();
    test_delete_reinsert();
    test_str_keys();
    test_versions();
    CHECK(obj_live() == live, "objects leaked: %llu", (unsigned long long)(obj_live() - live));
    return check_done("test_dict");
}
