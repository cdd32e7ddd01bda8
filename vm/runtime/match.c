/* vm/runtime/match.c — the match statement's object protocol (see match.h). */
#include "vm/runtime/match.h"
#include "vm/modules/builtins.h"
#include "vm/objects/array.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/memoryview.h"
#include "vm/objects/set.h"
#include "vm/runtime/import.h"

#include <string.h>

Object *match_len(Object *subject)
{
    ssize_t n = obj_len(subject);
    return n < 0 ? NULL : int_from_i64(n);
}

/* isinstance(o, collections.abc.<abc>): the ABCs answer for the classes
 * registered with them or deriving from them. */
static int abc_instance(Object *o, const char *abc)
{
    Object *m = import_name(str_intern("collections.abc"), NULL, NULL, 0);
    if (!m)
        return -1;
    Object *mod = obj_getattr_str(m, "abc");
    DECREF(m);
    Object *cls = mod ? obj_getattr_str(mod, abc) : NULL;
    XDECREF(mod);
    int r = cls ? builtins_isinstance(o, cls) : -1;
    XDECREF(cls);
    return r;
}

static Object *truth(int r) { return r < 0 ? NULL : bool_from(r); }

/* PEP 634's rule for a sequence pattern: a collections.abc.Sequence but
 * not str, bytes or bytearray, whose items a pattern does not take apart;
 * array.array matches without its being registered.  Not the binop
 * error's test (abstract.c) nor PySequence_Check (exc.c). */
Object *match_is_sequence(Object *s)
{
    if (obj_isinstance_type(s, &StrType) || obj_isinstance_type(s, &BytesType) ||
        obj_isinstance_type(s, &ByteArrayType) || obj_isinstance_type(s, &DictType))
        return bool_from(false);
    if (obj_isinstance_type(s, &ListType) || obj_isinstance_type(s, &TupleType) || obj_is(s, &RangeType) ||
        obj_is(s, &MemoryViewType) || obj_isinstance_type(s, &ArrayType))
        return bool_from(true);
    return truth(abc_instance(s, "Sequence"));
}

Object *match_is_mapping(Object *s)
{
    if (obj_isinstance_type(s, &DictType))
        return bool_from(true);
    if (obj_isinstance_type(s, &ListType) || obj_isinstance_type(s, &TupleType) || obj_isinstance_type(s, &StrType))
        return bool_from(false);
    return truth(abc_instance(s, "Mapping"));
}

/* What get() returns for an absent key: a plain object no program can
 * reach except through its own get(), so any other result is a value. */
static Object missing_key = OBJ_HEAD_INIT(&ObjectType);

/* subject.get(key, missing) for each key, as python3 reads a mapping (a
 * dict subclass's __missing__ is not called). */
Object *match_keys(Object *subject, Object *keys)
{
    size_t n = tuple_len(keys);
    Object *values = tuple_new(n);
    Object *get = values ? obj_getattr_str(subject, "get") : NULL;
    for (size_t i = 0; get && i < n; i++) {
        Object *args[2] = { tuple_get(keys, i), &missing_key };
        Object *v = obj_call(get, args, 2, NULL);
        if (!v || v == &missing_key) {
            XDECREF(v);
            DECREF(get);
            DECREF(values);
            return v ? none_new() : NULL;
        }
        tuple_set(values, i, v);
    }
    if (!get) {
        XDECREF(values);
        return NULL;
    }
    DECREF(get);
    return values;
}

Object *match_rest(Object *subject, Object *keys)
{
    Object *rest = dict_new();
    if (!rest || dict_update(rest, subject) < 0)
        goto fail;
    for (size_t i = 0; i < tuple_len(keys); i++)
        if (obj_delitem(rest, tuple_get(keys, i)) < 0)
            goto fail;
    return rest;
fail:
    XDECREF(rest);
    return NULL;
}

/* Classes whose one positional sub-pattern matches the subject itself
 * (python3's _Py_TPFLAGS_MATCH_SELF), subclasses included. */
static bool matches_self(Type *t)
{
    static Type *const self_types[] = { &BoolType, &ByteArrayType, &BytesType, &DictType, &FloatType,
                                        &FrozenSetType, &IntType, &ListType, &SetType, &StrType, &TupleType };
    for (size_t i = 0; i < sizeof self_types / sizeof self_types[0]; i++)
        if (t == self_types[i] || type_is_subtype(t, self_types[i]))
            return true;
    return false;
}

/* The attribute names a class pattern reads, positional first: a new
 * tuple, or NULL with python3's TypeError for a bad __match_args__.
 * An empty name stands for the subject itself. */
static Object *attribute_names(Type *cls, size_t npos, Object *kwnames)
{
    Object *margs = npos ? obj_getattr_str((Object *)cls, "__match_args__") : NULL;
    size_t have = 0;
    if (margs) {
        if (!obj_is(margs, &TupleType)) {
            exc_set(ExcTypeError, "%s.__match_args__ must be a tuple (got %s)", cls->name, margs->type->name);
            DECREF(margs);
            return NULL;
        }
        have = tuple_len(margs);
    } else if (npos) {
        if (!exc_matches(exc_occurred(), (Object *)ExcAttributeError))
            return NULL;
        exc_clear();
        have = matches_self(cls) ? 1 : 0;
    }
    if (npos > have) {
        exc_set(ExcTypeError, "%s() accepts %zu positional sub-pattern%s (%zu given)", cls->name, have,
                have == 1 ? "" : "s", npos);
        XDECREF(margs);
        return NULL;
    }
    size_t n = npos + tuple_len(kwnames);
    Object *names = tuple_new(n);
    for (size_t i = 0; names && i < n; i++) {
        Object *name = i >= npos ? tuple_get(kwnames, i - npos) : margs ? tuple_get(margs, i) : str_intern("");
        if (!obj_isinstance_type(name, &StrType)) {
            exc_set(ExcTypeError, "__match_args__ elements must be strings (got %s)", name->type->name);
            XDECREF(margs);
            DECREF(names);
            return NULL;
        }
        INCREF(name);
        tuple_set(names, i, name);
    }
    XDECREF(margs);
    return names;
}

static bool seen_before(Object *names, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (strcmp(str_utf8(tuple_get(names, j)), str_utf8(tuple_get(names, i))) == 0)
            return true;
    return false;
}

/* subject.<name> for each name, the subject itself for ""; None when one
 * is missing (AttributeError: no match). */
static Object *read_attributes(Object *subject, Type *cls, Object *names)
{
    Object *values = tuple_new(tuple_len(names));
    bool failed = !values;
    for (size_t i = 0; !failed && i < tuple_len(names); i++) {
        Object *name = tuple_get(names, i);
        if (!*str_utf8(name)) {
            INCREF(subject);
            tuple_set(values, i, subject);
            continue;
        }
        if (seen_before(names, i)) {
            exc_set(ExcTypeError, "%s() got multiple sub-patterns for attribute '%s'", cls->name, str_utf8(name));
            failed = true;
            continue;
        }
        Object *v = obj_getattr(subject, name);
        if (!v && exc_matches(exc_occurred(), (Object *)ExcAttributeError)) {
            exc_clear();
            DECREF(values);
            return none_new();
        }
        failed = !v;
        if (v)
            tuple_set(values, i, v);
    }
    if (!failed)
        return values;
    XDECREF(values);
    return NULL;
}

Object *match_class(Object *subject, Object *cls, size_t npos, Object *kwnames)
{
    if (!obj_isinstance_type(cls, &TypeType)) {
        exc_set(ExcTypeError, "called match pattern must be a type");
        return NULL;
    }
    int is = builtins_isinstance(subject, cls);
    if (is <= 0)
        return is < 0 ? NULL : none_new();
    Object *names = attribute_names((Type *)cls, npos, kwnames);
    if (!names)
        return NULL;
    Object *values = read_attributes(subject, (Type *)cls, names);
    DECREF(names);
    return values;
}
