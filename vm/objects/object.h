/* vm/objects/object.h — the object model every vm/ module shares.
 *
 * Every value is an Object: a reference count and a type pointer, followed
 * by the type's own fields.  Ownership follows CPython's rules:
 *   - A function that returns Object * returns a NEW reference unless its
 *     comment says "borrowed".  NULL means an exception is set (exc_set).
 *   - Arguments are borrowed unless the comment says "steals".
 *   - Functions returning int return 0 (or a non-negative value) on success
 *     and -1 with an exception set on failure.
 *   - When a count reaches zero the object is deallocated at once
 *     (obj_dealloc): a user __del__ runs then, before the decref returns.
 *   - Counts never reach zero inside a reference cycle: containers
 *     (TYPE_GC types, with traverse and clear) are tracked by the cycle
 *     collector (vm/objects/gc.h), which may run at any allocation of one.
 *
 * THE GIL INVARIANT: reference counts and object fields are plain,
 * non-atomic memory.  That is correct only because no thread reads or
 * writes any Object while it does not hold the GIL (sched/gil.h).  Code
 * that releases the GIL around a blocking call must not touch an Object
 * until it has taken the GIL back.
 *
 * Immortal objects (None, True, False, Ellipsis, small ints, static types,
 * interned identifier strings) start with a count so large it never reaches
 * zero; they are not counted as live at exit.
 */
#ifndef GILKIT_VM_OBJECT_H
#define GILKIT_VM_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Object Object;
typedef struct Type Type;

struct Object {
    intptr_t refcnt;
    Type *type;
};

#define IMMORTAL_REFCNT ((intptr_t)1 << 60)
#define OBJ_HEAD_INIT(typeptr) { IMMORTAL_REFCNT, (typeptr) }

void obj_dealloc(Object *o); /* slow path: count reached zero */

static inline void obj_incref(Object *o) { o->refcnt++; }
static inline void obj_decref(Object *o)
{
    if (--o->refcnt == 0)
        obj_dealloc(o);
}
static inline void obj_xincref(Object *o) { if (o) obj_incref(o); }
static inline void obj_xdecref(Object *o) { if (o) obj_decref(o); }
#define INCREF(o)  obj_incref((Object *)(o))
#define DECREF(o)  obj_decref((Object *)(o))
#define XINCREF(o) obj_xincref((Object *)(o))
#define XDECREF(o) obj_xdecref((Object *)(o))
/* Replace *slot (owned) with v (stolen). */
#define SETREF(slot, v) do { Object *old_ = (Object *)(slot); (slot) = (v); XDECREF(old_); } while (0)

/* Allocation accounting (--stats): every non-immortal object is counted
 * once at obj_alloc and once at its free. */
typedef struct ObjStats {
    uint64_t allocated, freed, peak_live;
} ObjStats;
extern ObjStats obj_stats;
static inline uint64_t obj_live(void) { return obj_stats.allocated - obj_stats.freed; }

/* Allocate size bytes (>= sizeof(Object)), zeroed, refcnt 1, counted.
 * NULL with MemoryError set when memory runs out. */
Object *obj_alloc(Type *type, size_t size);
/* false, with MemoryError set, for a size no allocation could satisfy. */
bool obj_size_ok(size_t bytes);
/* object.__sizeof__: o's block (without the GC header) and the memory it
 * owns outside it (Type.extsize). */
size_t obj_sizeof(Object *o);
/* Return the memory of an object whose dealloc has released its fields. */
void obj_free(Object *o);

/* ---- types ---------------------------------------------------------- */

typedef Object *(*UnaryFn)(Object *);
typedef Object *(*BinaryFn)(Object *, Object *);
/* Vectorcall-style: positional args then keyword values; kwnames is a tuple
 * of str (or NULL) naming the last len(kwnames) entries of args. */
typedef Object *(*CallFn)(Object *callable, Object *const *args, size_t nargs, Object *kwnames);

enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE }; /* CPython's COMPARE_OP 0..5 order */

/* A method or attribute of a built-in type (Type.methods, ended by a NULL
 * name).  A method's fn receives the instance as args[0]; an attribute has
 * get instead. */
typedef struct MethodDef {
    const char *name;
    CallFn fn;
    UnaryFn get;
} MethodDef;
/* An assignable computed attribute: the setter of a methods entry's get
 * (value NULL deletes; 0, or -1 with an exception set). */
typedef struct SetterDef {
    const char *name;
    int (*set)(Object *o, Object *value);
} SetterDef;

typedef struct NumberOps {
    BinaryFn add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and_, or_, xor_;
    UnaryFn neg, pos, invert, abs;
    BinaryFn matmul;   /* last: no built-in type has @, so their tables end before it */
} NumberOps;

enum {
    TYPE_HEAP = 1u << 0,     /* created by a class statement: refcounted, has a __dict__ */
    TYPE_BASETYPE = 1u << 1, /* may be subclassed */
    TYPE_EXC = 1u << 2,      /* BaseException or a subclass */
    TYPE_GC = 1u << 3,       /* instances carry a GC header and are tracked (vm/objects/gc.h) */
    /* Immutable (int, float, str, bytes, tuple): the value comes from
     * __new__, so a subclass instance is a copy of one the base's
     * constructor made, with the class's type and a __dict__ after it. */
    TYPE_COPYNEW = 1u << 4,
    /* A class whose chain defines __getattribute__ / __setattr__ or
     * __delattr__: attribute access calls them (plain classes skip the
     * lookups). */
    TYPE_HOOK_GETATTRIBUTE = 1u << 5,
    TYPE_HOOK_SETATTR = 1u << 6,
    TYPE_HOOK_NEW = 1u << 7, /* the same for __new__ (instantiation) */
    /* construct, called with a subclass, makes that class's instance
     * (set, frozenset: their table must be set up), where other mutable
     * bases start a subclass's instance from zeroed memory. */
    TYPE_CONSTRUCT_SUBCLASS = 1u << 8,
    /* A class with a non-empty __abstractmethods__ (abc): object.__new__
     * refuses to make its instances, as CPython's Py_TPFLAGS_IS_ABSTRACT. */
    TYPE_ABSTRACT = 1u << 9,
};

/* Type.dictoffset of a class whose base varies in size (int, str, bytes,
 * tuple): the __dict__ follows the base's bytes (Type.instsize), rounded
 * up to a pointer. */
#define DICTOFFSET_END SIZE_MAX

/* traverse calls visit once for every reference the object owns that could
 * lead back to it (NULL children are skipped by the callee); clear drops
 * those references so that a cycle falls apart.  As tp_traverse/tp_clear. */
typedef void (*VisitFn)(Object *child, void *arg);

/* How a type defined outside vm/objects (mmap) exports its bytes to the
 * buffer seam (vm/objects/buffer.h): get fills p, n and readonly, or fails
 * with an exception set (a closed map); pin counts the Buffers held on an
 * instance (by +1 or -1), which may not move or drop its bytes meanwhile. */
typedef struct BufferProcs {
    int (*get)(Object *o, unsigned char **p, size_t *n, bool *readonly);
    void (*pin)(Object *o, int by);
} BufferProcs;

struct Type {
    Object ob;
    const char *name;
    Type *base;       /* single inheritance; NULL only for object */
    Object *dict;     /* class attributes and methods (a dict) */
    size_t basicsize;
    unsigned flags;
    void (*dealloc)(Object *);      /* release fields, then obj_free */
    UnaryFn repr, str;
    int64_t (*hash)(Object *);      /* -1 = error (TypeError: unhashable) */
    Object *(*richcompare)(Object *, Object *, int op); /* may return NotImplemented */
    int (*truth)(Object *);         /* NULL: true unless len()==0 */
    CallFn call;
    Object *(*getattr)(Object *, Object *name);             /* NULL: generic */
    int (*setattr)(Object *, Object *name, Object *value);  /* value NULL: delete */
    UnaryFn iter, iternext;         /* iternext: NULL without exception = exhausted */
    Object *(*getitem)(Object *, Object *key);
    int (*setitem)(Object *, Object *key, Object *value);   /* value NULL: delete */
    ssize_t (*len)(Object *);
    int (*contains)(Object *, Object *);
    const NumberOps *num;
    size_t dictoffset; /* instances carry a __dict__ at this offset (0: none) */
    /* Instances of a weakly referenceable type head the list of the
     * weakrefs to them at this offset (0: not weakly referenceable;
     * vm/objects/weakref.h).  weaklist is that head for the type itself. */
    size_t weaklistoffset;
    struct WeakRefObject *weaklist;
    size_t (*instsize)(Object *); /* TYPE_COPYNEW of varying size: bytes in use */
    /* Bytes an instance owns outside its own block (an item array, a hash
     * table), which sys.getsizeof counts; NULL: none.  Found along the
     * base chain, so a subclass of list counts its items too. */
    size_t (*extsize)(Object *);
    /* Calling the type itself (int(...), C(...)): callable is the Type.
     * NULL: inherited from the base; "cannot create 'X' instances" at the root. */
    CallFn construct;
    const MethodDef *methods; /* entered into dict when the type is first used */
    const SetterDef *setters; /* for some of methods' getters; the rest are read-only */
    const MethodDef *classmethods; /* the same, as classmethods: fn gets the class as args[0] */
    /* TYPE_GC types: traverse is required, clear where a cycle through
     * this type must be breakable, finalize (__del__; runs once per object,
     * PEP 442) where the type has one. */
    void (*traverse)(Object *, VisitFn visit, void *arg);
    void (*clear)(Object *);
    void (*finalize)(Object *);
    const BufferProcs *buffer;  /* NULL: none, unless buffer.c knows the type */
};

extern Type TypeType, ObjectType, NoneType, BoolType, IntType, FloatType, StrType,
    BytesType, ListType, TupleType, DictType, RangeType, SliceType, FunctionType,
    BuiltinType, MethodType, CodeType, ModuleType, CellType, NotImplementedType,
    EllipsisType, ComplexType;

extern Type SuperType, StaticMethodType, ClassMethodType, PropertyType;
/* A C function or method, whichever of CPython's four type names it shows. */
bool obj_is_builtin(Object *o);

extern Object NoneObject, NotImplementedObject, EllipsisObject;
#define None (&NoneObject)
#define NotImplemented (&NotImplementedObject)
#define Ellipsis (&EllipsisObject)
extern Object *TrueObj, *FalseObj;
static inline Object *bool_from(bool b) { Object *r = b ? TrueObj : FalseObj; INCREF(r); return r; }
static inline Object *none_new(void) { INCREF(None); return None; }

static inline Type *obj_type(Object *o) { return o->type; }
/* Has a GC header: a TYPE_GC instance that is not immortal (static types
 * and the other static objects have no header). */
static inline bool obj_is_gc(Object *o)
{
    return (o->type->flags & TYPE_GC) && o->refcnt < IMMORTAL_REFCNT / 2;
}
bool type_is_subtype(Type *a, Type *b);
static inline bool obj_is(Object *o, Type *t) { return o->type == t; }
static inline bool obj_isinstance_type(Object *o, Type *t) { return o->type == t || type_is_subtype(o->type, t); }

/* Classes (type.c).  A class statement's result from its bases (a tuple;
 * empty: object), C3-linearised, as CPython's type_new with its errors
 * for unacceptable bases, layout conflicts and inconsistent MROs.  Borrows. */
Type *type_new_class(Object *name, Object *bases, Object *dict);
void type_fini(void);   /* at exit: drops the weak list of classes __subclasses__ reads */
/* The most derived of meta and the metaclasses of bases (a tuple), as
 * CPython's _PyType_CalculateMetaclass: borrowed; NULL with "metaclass
 * conflict" when they are not on one line of inheritance. */
Type *type_calculate_meta(Type *meta, Object *bases);
/* o.NAME(*args) looked up on o's class only (CPython's special method
 * lookup); NULL without an exception when the class has none. */
Object *obj_call_special(Object *o, Object *name, Object *const *args, size_t nargs);
/* A path argument as os.fspath sees it: o's __fspath__() (str or bytes, else
 * CPython's TypeError) when o's class has one, else o; a new reference.
 * Callers keep their own errors for what is no path at all. */
Object *obj_fspath(Object *o);
/* f(*args, **kw) with kw a dict of str keys (or NULL). */
Object *obj_call_kwdict(Object *f, Object *const *args, size_t nargs, Object *kw);
/* A static type's name without the module its name may carry
 * ("_io.TextIOWrapper" is "TextIOWrapper"), as its __name__ says. */
const char *type_short_name(const Type *t);
/* class NAME(BASE) with __module__ MODULE: a C module's own exception class. */
Type *type_new_module_class(const char *module, const char *name, Type *base);
/* The same with a tuple of bases (borrowed): builtins' ExceptionGroup. */
Type *type_new_module_class_bases(const char *module, const char *name, Object *bases);
/* After the class exists: each attribute's __set_name__(cls, name), then
 * the base's __init_subclass__(**kw) (kw a dict or NULL), as CPython. */
int type_class_ready(Type *cls, Object *kw);
/* Attribute `name` (a str) along t's base chain, borrowed, NULL when absent
 * (no exception). */
Object *type_lookup(Type *t, Object *name);
/* super(): zero-argument super() asks the eval loop, through this hook, for
 * the running function's __class__ cell contents and first argument
 * (borrowed); -1 (nothing set) when there are none.  NULL: not available. */
extern int (*super_frame_args)(Type **type, Object **self);
/* v itself, or for an instance of a subclass of int, float, str, bytes or
 * tuple a copy of its value as the built-in type (a new reference). */
Object *type_value_exact(Object *v);
/* A bound method: calling it calls func with self prepended.  Borrows. */
Object *method_new(Object *func, Object *self);
/* A C function as an object ("<built-in function NAME>"); self, when
 * non-NULL, is held and readable by fn through builtin_self(callable).
 * NAME must outlive the object (a literal). */
Object *builtin_new(const char *name, CallFn fn, Object *self);
Object *builtin_self(Object *builtin); /* borrowed */
/* Whether builtin is a method taken from its type (list.append), and that
 * method bound to self, as l.append (new reference): the profiler's c_call. */
bool builtin_is_unbound(Object *builtin);
Object *builtin_bind(Object *builtin, Object *self);
/* A C function for a class's dict that binds as a method (the instance
 * prepended), as a static type's methods do; the instance must be an
 * owner (a static type: held by nothing). */
Object *builtin_method_new(const char *name, CallFn fn, Type *owner);
/* LOAD_METHOD: 1 = *out is an unbound callable to call with o prepended;
 * 0 = *out is the attribute itself; -1 = error.  *out is a new reference. */
int obj_load_method(Object *o, Object *name, Object **out);
/* Count o as immortal (not live, never freed): for objects reachable from
 * static types for the life of the process. */
void obj_immortalize(Object *o);

/* ---- generic operations (abstract.c) --------------------------------- */
Object *obj_repr(Object *o);
Object *obj_str(Object *o);
int64_t obj_hash(Object *o);
/* The hash slot of a mutable type (list, dict, set, bytearray): TypeError.
 * Such a type's __hash__ is None, as in CPython. */
int64_t obj_hash_unhashable(Object *o);
Object *obj_richcompare(Object *a, Object *b, int op);
int obj_richcompare_bool(Object *a, Object *b, int op); /* -1 error, else 0/1 */
int obj_truth(Object *o);                                /* -1 error */
Object *obj_getattr(Object *o, Object *name);           /* AttributeError when missing */
Object *obj_getattr_str(Object *o, const char *name);
/* getattr(o, name, default)'s lookup: NULL with no exception set where
 * obj_getattr raises AttributeError (without making one, where it can),
 * NULL with the exception for any other error.  name must be a str. */
Object *obj_lookup_attr(Object *o, Object *name);
int obj_setattr(Object *o, Object *name, Object *value); /* value NULL: delete */
Object *obj_getitem(Object *o, Object *key);
/* The classmethod __class_getitem__ of a built-in class that annotations
 * parameterise (PEP 585: list[int], re.Pattern[str]): types.GenericAlias(cls,
 * key).  A class lists it in its classmethods; subclasses inherit it. */
Object *obj_class_getitem(Object *c, Object *const *args, size_t nargs, Object *kw);
extern const MethodDef obj_generic_classmethods[]; /* that one alone, for Type.classmethods */
int obj_setitem(Object *o, Object *key, Object *value);
int obj_delitem(Object *o, Object *key);
ssize_t obj_len(Object *o);
int obj_contains(Object *container, Object *item);      /* -1 error */
Object *obj_iter(Object *o);
Object *obj_iternext(Object *it); /* NULL + no exception: exhausted */
Object *obj_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames);
bool obj_callable(Object *o);   /* callable(o) */
/* operator.index(o): an int, or a class's instance through its __index__
 * (new reference; TypeError "... cannot be interpreted as an integer"). */
Object *obj_index(Object *o);
bool obj_indexable(Object *o);  /* an int, or of a class with __index__ */
Object *obj_call_method(Object *o, const char *name, Object *const *args, size_t nargs);
/* Binary operators by CPython's opcode semantics (try left, then right). */
enum { BIN_ADD, BIN_SUB, BIN_MUL, BIN_TRUEDIV, BIN_FLOORDIV, BIN_MOD, BIN_POW,
       BIN_LSHIFT, BIN_RSHIFT, BIN_AND, BIN_OR, BIN_XOR, BIN_MATMUL, BIN__COUNT };
BinaryFn obj_num_slot(Type *t, int op);   /* t's slot for BIN_*, NULL if none */
Object *obj_binop(Object *a, Object *b, int op);
/* INPLACE_*: __iadd__ & co. for classes, in-place list +=, else obj_binop. */
Object *obj_inplace_binop(Object *a, Object *b, int op);
/* The format-spec mini-language (format(), FORMAT_VALUE, str.format). spec may be NULL. */
Object *format_value(Object *v, Object *spec);
/* object.__format__ (str() for an empty spec, else TypeError) and the
 * __format__ of int, float and str (the mini-language): what a subclass's
 * own __format__ reaches through super(). */
Object *format_m_object(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *format_m_builtin(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *obj_neg(Object *o);
Object *obj_pos(Object *o);
Object *obj_invert(Object *o);
/* Writes str(o) (or repr when use_repr) to the stream; -1 on error. */
int obj_print(Object *o, int use_repr, void *file /* FILE * */);

/* ---- concrete types ------------------------------------------------- */
/* int: a machine word while the value fits int64_t (size 0, the value in
 * v), else sign and magnitude (size = +-digits in d[], base 2**32, see
 * vm/objects/bigint.h) with v the value clamped to int64_t, so a caller
 * that only asks "how large" reads a saturated answer. */
typedef struct IntObject { Object ob; int64_t v; int64_t size; uint32_t d[]; } IntObject;
Object *int_from_i64(int64_t v);        /* small ints are cached and immortal */
static inline bool int_is_small(Object *o) { return ((IntObject *)o)->size == 0; }
static inline int64_t int_value(Object *o) { return ((IntObject *)o)->v; } /* clamped when big */
/* An exact int (not bool, not a subclass) held in a word: the eval loop's fast paths. */
static inline bool int_is_word(Object *o) { return o->type == &IntType && ((IntObject *)o)->size == 0; }
/* An int, or through __index__ (else TypeError); OverflowError when it
 * does not fit. */
int int_as_i64(Object *o, int64_t *out);
/* What __int__ or __index__ (dunder) returned, r (a new reference, or NULL
 * with an exception), as a plain int: TypeError "<dunder> returned non-int"
 * unless r is an int, and for a strict subclass (a bool) python3's
 * DeprecationWarning first. */
Object *int_exact_result(Object *r, const char *dunder);
/* An index-sized count (a sequence repeat): OverflowError "cannot fit 'int'
 * into an index-sized integer" beyond int64; o an int or obj_indexable. */
int int_as_index(Object *o, int64_t *out);
/* float(o) of an int: correctly rounded; OverflowError when too large. */
int int_to_double(Object *o, double *out);
Object *int_from_double(double d);       /* int(d): ValueError/OverflowError for nan/inf */
/* Compare an int with a double exactly: -1, 0, 1, or 2 when unordered (nan). */
int int_cmp_double(Object *i, double d);
/* |o|'s digits in base 2, 8, 10 or 16 (lowercase unless upper) into a
 * malloc'd, NUL-terminated buffer; *neg gets the sign.  NULL: MemoryError. */
char *int_digits(Object *o, int base, bool upper, size_t *n, bool *neg);
/* int_digits within sys.get_int_max_str_digits() (vm/objects/int.c says why). */
char *int_digits_limited(Object *o, int base, bool upper, size_t *n, bool *neg);
#define INT_MAX_STR_DIGITS_DEFAULT 4300
#define INT_STR_DIGITS_THRESHOLD 640
int64_t int_max_str_digits(void);
int int_set_max_str_digits(int64_t n);   /* -1 with ValueError below the threshold */
/* Three-argument pow(), round(int, ndigits) (ndigits an int). */
Object *int_pow_mod(Object *b, Object *e, Object *m);
Object *int_round(Object *v, Object *ndigits);

typedef struct ComplexObject { Object ob; double re, im; } ComplexObject;
Object *complex_from(double re, double im);
/* a ** b of two complex numbers given as parts (float ** float lands here
 * for a negative base and a fractional exponent). */
Object *complex_pow_parts(double are, double aim, double bre, double bim);
/* o as complex() takes a number: int, float, complex, or a class with
 * __complex__ or __float__.  1 with the parts, 0 when o is none of those
 * (nothing set), -1 with an exception set. */
int complex_parts(Object *o, double *re, double *im);
static inline double complex_real(Object *o) { return ((ComplexObject *)o)->re; }
static inline double complex_imag(Object *o) { return ((ComplexObject *)o)->im; }

typedef struct FloatObject { Object ob; double v; } FloatObject;
Object *float_from_double(double v);
/* round(x, nd) for a float (nd NULL or None: to an int, ties to even). */
Object *float_round(double x, Object *nd);
static inline double float_value(Object *o) { return ((FloatObject *)o)->v; }
/* Shortest decimal string that round-trips, as Python's repr(float). Returns
 * length written into buf (buf >= 32 bytes). */
size_t float_repr_buf(double v, char *buf, size_t cap);

/* str: immutable Unicode.  Stored as UTF-8 with a code-point length. */
typedef struct StrObject {
    Object ob;
    int64_t hash;      /* -1 until computed */
    size_t nbytes;     /* UTF-8 bytes, excluding the terminating NUL */
    size_t ncp;        /* code points (len()) */
    size_t *cpindex;   /* NULL, or the offsets vm/objects/str.c's cp_table keeps */
    bool interned;
    char data[];       /* NUL-terminated UTF-8 */
} StrObject;
Object *str_from_utf8(const char *s, size_t n); /* validates; ValueError on bad UTF-8 */
Object *str_from_cstr(const char *s);
/* Not validated: UTF-8 (with any encoded lone surrogates) built from strs' code points. */
Object *str_from_utf8_trusted(const char *s, size_t n, size_t ncp);
Object *str_from_fmt(const char *fmt, ...);      /* printf-style, for messages */
/* l + r growing l in place; l must be an exact, non-interned str with refcnt 1 (taken over). */
Object *str_concat_owned(Object *l, Object *r);
Object *str_intern(const char *s);               /* immortal, pointer-comparable; borrowed */
Object *str_intern_bytes(const char *s, size_t n); /* the same for UTF-8 that may hold NULs */
Object *str_intern_str(Object *s);               /* the interned str equal to str s */
/* FNV-1a over n bytes: the hash of str and bytes, and the compiler's indexes. */
uint64_t hash_fnv1a(const void *p, size_t n);
static inline const char *str_utf8(Object *s) { return ((StrObject *)s)->data; }
static inline size_t str_nbytes(Object *s) { return ((StrObject *)s)->nbytes; }
/* All ASCII (one byte per code point): indexing is O(1). */
static inline bool str_is_ascii(Object *s) { return ((StrObject *)s)->nbytes == ((StrObject *)s)->ncp; }
/* s with each non-ASCII decimal digit as its ASCII digit and each
 * non-ASCII space as ' ', the text int() and float() read; a new
 * reference (s itself when ASCII), NULL with MemoryError. */
Object *str_numeric_ascii(Object *s);
bool str_eq(Object *a, Object *b);
Object *str_concat(Object *a, Object *b);

typedef struct BytesObject { Object ob; int64_t hash; size_t n; unsigned char data[]; } BytesObject;
Object *bytes_from(const void *p, size_t n);
/* x.__bytes__(), checked to be bytes; NULL without an error when x's class
 * has none. */
Object *bytes_dunder(Object *x);
/* The value of hex digit c, either case; -1 for any other character. */
static inline int hex_digit_value(int c)
{
    int l = c | 0x20;
    return c >= '0' && c <= '9' ? c - '0' : l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
}
/* bytes.hex(sep, bytes_per_sep) of n bytes at p, as a str (sep NULL or None: none). */
Object *bytes_hex(const void *p, size_t n, Object *sep, int64_t bytes_per_sep);

/* tuple and list: arrays of owned references. */
typedef struct TupleObject { Object ob; int64_t hash; size_t n; Object *items[]; } TupleObject;
Object *tuple_new(size_t n);             /* items NULL; fill with tuple_set */
static inline void tuple_set(Object *t, size_t i, Object *v) { ((TupleObject *)t)->items[i] = v; } /* steals v */
static inline Object *tuple_get(Object *t, size_t i) { return ((TupleObject *)t)->items[i]; }   /* borrowed */
static inline size_t tuple_len(Object *t) { return ((TupleObject *)t)->n; }
Object *tuple_pack(size_t n, ...);       /* borrowed args, increfs */
/* (type(self), (a, b, c)): a __reduce__ that calls the type again; borrowed
 * args, NULL ones meaning an error already set. */
Object *tuple_reduce_call(Object *self, Object *a, Object *b, Object *c);

typedef struct ListObject { Object ob; size_t n, cap; Object **items; } ListObject;
Object *list_new(size_t n);              /* n None-free slots: fill with list_set */
static inline void list_set(Object *l, size_t i, Object *v) { ((ListObject *)l)->items[i] = v; } /* steals */
static inline Object *list_get(Object *l, size_t i) { return ((ListObject *)l)->items[i]; }     /* borrowed */
static inline size_t list_len(Object *l) { return ((ListObject *)l)->n; }
int list_append(Object *l, Object *v);   /* borrows v */

/* dict: insertion-ordered open addressing.  `version` changes on every
 * mutation (PEP 509 style) so LOAD_GLOBAL caches can validate in O(1). */
typedef struct DictObject DictObject;
Object *dict_new(void);
Object *dict_get(Object *d, Object *key);          /* borrowed; NULL = missing (no exception) or error (check exc_occurred) */
Object *dict_get_str(Object *d, const char *key);  /* borrowed */
int dict_set(Object *d, Object *key, Object *value);        /* borrows both */
int dict_set_str(Object *d, const char *key, Object *value);
int dict_del(Object *d, Object *key);              /* KeyError when missing */
int dict_move_to_front(Object *d, Object *key);    /* insertion order's first; KeyError when missing */
size_t dict_len(Object *d);
uint64_t dict_version(Object *d);
/* Iterate: pos starts at 0; returns false at end; key/value borrowed. */
bool dict_next(Object *d, size_t *pos, Object **key, Object **value);
void dict_clear(Object *d);
Object *dict_copy(Object *d);
int dict_update(Object *d, Object *other); /* a dict, a mapping with keys(), or pairs */
/* An instance's attribute dict, made when its first attribute is set; it
 * stays "instance values" (untracked: the collector walks its contents as
 * the instance's, as python3 3.11 stores them inline) until dict_expose
 * (o.__dict__ handed out) makes it an ordinary, tracked dict. */
Object *dict_new_instance_values(void);
void dict_expose(Object *d);
bool dict_is_instance_values(Object *d);

/* Slices and ranges. */
Object *slice_new(Object *start, Object *stop, Object *step); /* borrows */

/* ---- exceptions (exc.c) ---------------------------------------------- */
/* Every exception instance (also of `class E(Exception)`) has this layout.
 * traceback is owned here but built and read by the eval loop. */
typedef struct ExcObject {
    Object ob;
    Object *dict;      /* __dict__; also errno/strerror/code/value/... */
    Object *args;      /* tuple */
    Object *traceback;
    Object *context;
    Object *cause;              /* NULL for None */
    bool suppress_context;      /* the traceback leaves out context (raise ... from) */
    Object *name, *obj;         /* AttributeError's name and obj, NameError's name (NULL: None) */
} ExcObject;
/* The pending exception is per thread: a _Thread_local in exc.c. */
extern Type *ExcBaseException, *ExcException, *ExcArithmeticError, *ExcZeroDivisionError,
    *ExcOverflowError, *ExcLookupError, *ExcIndexError, *ExcKeyError, *ExcTypeError,
    *ExcValueError, *ExcNameError, *ExcUnboundLocalError, *ExcAttributeError,
    *ExcRuntimeError, *ExcRecursionError, *ExcStopIteration, *ExcAssertionError,
    *ExcOSError, *ExcMemoryError, *ExcKeyboardInterrupt, *ExcSystemExit,
    *ExcSyntaxError, *ExcNotImplementedError, *ExcImportError, *ExcModuleNotFoundError,
    *ExcUnicodeDecodeError, *ExcIndentationError, *ExcTabError;
extern Type *ExcGeneratorExit, *ExcFloatingPointError, *ExcEOFError, *ExcBlockingIOError,
    *ExcChildProcessError, *ExcConnectionError, *ExcBrokenPipeError,
    *ExcConnectionAbortedError, *ExcConnectionRefusedError, *ExcConnectionResetError,
    *ExcFileExistsError, *ExcFileNotFoundError, *ExcInterruptedError, *ExcIsADirectoryError,
    *ExcNotADirectoryError, *ExcPermissionError, *ExcProcessLookupError, *ExcTimeoutError,
    *ExcSystemError, *ExcUnicodeError, *ExcUnicodeEncodeError, *ExcBufferError,
    *ExcStopAsyncIteration, *ExcReferenceError;
/* The warning categories (the warnings module, vm/lib, raises and filters them). */
extern Type *ExcWarning, *ExcUserWarning, *ExcDeprecationWarning, *ExcPendingDeprecationWarning,
    *ExcSyntaxWarning, *ExcRuntimeWarning, *ExcFutureWarning, *ExcImportWarning,
    *ExcUnicodeWarning, *ExcBytesWarning, *ExcResourceWarning;
/* Instantiate an exception type with positional args (borrowed). */
Object *exc_new(Type *type, Object *const *args, size_t nargs);
/* Adds every built-in exception class to a builtins dict. */
int exc_add_builtins(Object *dict);
/* An exception group's exceptions (a tuple, borrowed); NULL for any other exception. */
Object *exc_group_exceptions(Object *exc);
/* except*'s clause (CHECK_EG_MATCH): what the types (a class or tuple)
 * catch of exc, the exception or what the clauses before left (None once
 * none is left), into *match, the rest into *rest (new references; None
 * for an empty part).  A naked exception caught is put in a group of its
 * own.  -1 (TypeError) for a type that is no exception class or is a
 * group's. */
int exc_star_match(Object *exc, Object *type, Object **match, Object **rest);
/* except*'s end (PREP_RERAISE_STAR): from orig, the exception the try
 * caught, and excs, a list of what its clauses raised then the unmatched
 * rest (None when all was caught), the exception to re-raise, or None.
 * Parts of orig raised again as they were (bare raise, or the rest) come
 * back as one projection of orig, keeping its nesting; new exceptions are
 * joined with it in an ExceptionGroup("", [...]). */
Object *exc_star_reraise(Object *orig, Object *excs);
/* CPython's sequence test as exception groups and notes use it: what
 * indexes (a list, a tuple, a class with __getitem__), not a dict, set or
 * iterator. */
bool exc_is_sequence(Object *o);
/* owner.__new__(cls, *args) for an exception class owner (BaseException,
 * BaseExceptionGroup): the instance with its args, __init__ not run. */
Object *exc_new_uninit(Type *owner, Type *cls, Object *const *args, size_t nargs, Object *kw);

void exc_set(Type *type, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void exc_set_obj(Object *exc);          /* steals an exception instance (or a class: instantiated) */
/* warnings.warn(message, category) on behalf of the innermost Python frame,
 * so the program's filters apply: 0, or -1 with the exception set when a
 * filter made the warning an error. */
int exc_warn(Type *category, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int exc_warn_explicit(Type *category, const char *msg, const char *filename, int lineno);
void exc_set_oserror(int err);          /* OSError(errno, strerror) with CPython's message */
/* The same naming the file(s) (borrowed; NULL: none): "[Errno 2] ...: 'a' -> 'b'". */
void exc_set_oserror_names(int err, Object *filename, Object *filename2);
Object *exc_occurred(void);             /* borrowed pending exception, or NULL */
Object *exc_fetch(void);                /* takes the pending exception (owned), clears it */
/* The pending AttributeError's name and obj, or NameError's name (obj
 * NULL), where it has none yet, as CPython sets them where it raises (and
 * getattr on an AttributeError a __getattr__ raised). */
void exc_set_names(Object *name, Object *obj);
void exc_clear(void);
bool exc_matches(Object *exc, Object *type_or_tuple);
void exc_nomemory(void);                /* MemoryError without allocating */
/* The static MemoryError (raised when not even a fresh one could be made)
 * lets go of what its last raise attached: a caught one would keep its
 * traceback until the next raise, or past exit (vm/main.c calls it then). */
void exc_nomemory_release(void);
/* SyntaxError (or a subclass) carrying filename, lineno, offset (1-based
 * column), text (the source line) and msg, as CPython's; the traceback
 * printer shows the line and a caret under `offset`. */
void exc_set_syntax(Type *type, const char *filename, int lineno, int offset,
                    const char *text, const char *msg);

/* ---- helpers the object modules share (other parts may use them) ------ */
Object *obj_getattr_generic(Object *o, Object *name);   /* type chain + instance __dict__ */
int obj_setattr_generic(Object *o, Object *name, Object *value);
/* Calls f(self, *args): how a method found on a class is invoked. */
Object *obj_call_prepend(Object *f, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames);
/* fn(callable, self, *args): the same for a call function at hand. */
Object *call_fn_prepend(CallFn fn, Object *callable, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames);
int64_t hash_i64(int64_t v);     /* CPython's numeric hash: 1, 1.0, True agree */
int64_t hash_double(double d);
int64_t hash_pointer(const void *p);
/* int, bool or float as a double; TypeError "must be real number, not X". */
int num_as_double(Object *o, double *out);
/* A timeout argument (socket, select, poll, epoll): None or NULL gives
 * -1; an int, bool or float its value.  1 (no exception) when o is none of
 * those, so each caller words the TypeError as CPython does; -1 with
 * ValueError for NaN.  Range rules are the caller's. */
int num_as_timeout(Object *o, double *out);
/* A sequence subscript: int (negative counts from the end) to an index;
 * IndexError "<what> index out of range" / TypeError naming the type. */
int seq_index(Object *key, size_t len, size_t *out, const char *what);
/* CPython's PySlice_GetIndicesEx. */
int slice_indices(Object *slice, ssize_t len, ssize_t *start, ssize_t *stop,
                  ssize_t *step, ssize_t *slicelen);
/* The same over ints, for a sequence longer than a word (range): start,
 * stop and step as new references; the length is the caller's to take. */
int slice_indices_big(Object *slice, Object *len, Object **start, Object **stop, Object **step);
Object *list_from_iter(Object *iterable);
Object *tuple_from_iter(Object *iterable);
int list_extend(Object *list, Object *iterable);
int list_sort_impl(Object *list, Object *key, bool reverse); /* stable */
Object *list_reversed(Object *list);          /* reversed(list) iterator */
Object *range_reversed(Object *range);
Object *str_join(Object *sep, Object *iterable);
/* tuple and list share: "(a, b)"/"[a, b]" ("(a,)" for one when one_comma),
 * lexicographic comparison, index() and count(). */
Object *seq_repr(Object *const *items, size_t n, const char *open, const char *close,
                 bool one_comma);
/* The comparison, index() and count() take the sequences themselves (both
 * lists or both tuples): an item's __eq__ may resize or clear a list and
 * free its item array, so they re-read the length and items at every step
 * and hold the items they compare, as CPython's list does. */
Object *seq_richcompare(Object *a, Object *b, int op);
Object *seq_index_of(Object *seq, Object *const *args, size_t nargs, Object *kwnames,
                     const char *tname);
Object *seq_count_of(Object *seq, Object *x);
/* repr of a container that may contain itself: 1 = already being shown
 * ("[...]"), 0 = go on (then repr_leave), -1 = error. */
int repr_enter(Object *o);
void repr_leave(Object *o);
Object *str_from_codepoint(uint32_t c);          /* chr() */
uint32_t str_codepoint(Object *s, size_t i);     /* ord(s[i]) */
size_t str_cp_offset(Object *s, size_t i);       /* byte offset of code point i (i <= len) */
size_t str_cp_index(Object *s, size_t b);        /* code point index of byte offset b */
/* str % args and str.format (format.c). */
Object *format_percent(Object *fmt, Object *args);
Object *obj_ascii(Object *v);   /* ascii(): repr with non-ASCII escaped */
/* bytes % args over fmt's n bytes (NUL-terminated): a bytes object. */
Object *format_percent_bytes(const unsigned char *fmt, size_t n, Object *args);
Object *format_str_method(Object *fmt, Object *const *args, size_t nargs, Object *kwnames);
/* str.format_map: names looked up as mapping[name] (so a dict subclass's
 * __missing__ answers); positional fields are a ValueError. */
Object *format_str_map(Object *fmt, Object *mapping);
Object *str_repr(Object *s);
/* A growable byte buffer for building strings; oom and failed (an exception
 * from strbuf_put_obj) are sticky. */
typedef struct StrBuf { char *p; size_t n, cap; bool oom, failed; } StrBuf;
void strbuf_put(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int strbuf_put_obj(StrBuf *b, Object *o, bool use_repr); /* -1 on error */
Object *strbuf_finish(StrBuf *b);                        /* a str; frees the buffer */
void strbuf_free(StrBuf *b);
/* Arguments of a C function: names[] (NULL-terminated) are positional-or-
 * keyword parameters; out[i] is borrowed or NULL when not given.  `min`
 * must be given.  TypeError in CPython's words otherwise. */
int args_parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
               size_t min, const char *const names[], Object **out);
Object *int_from_string(const char *s, size_t n, int base); /* ValueError as int() */
Object *iter_seq_new(Object *seq);              /* iterates seq[0], seq[1], ... until IndexError */
Object *iter_call_new(Object *callable, Object *sentinel); /* callable() until == sentinel */
int iter_add_builtins(Object *dict);        /* enumerate, zip, reversed, map, filter */
int iter_contains(Object *container, Object *item); /* `in` by iteration */
/* A class's __iadd__ & co.: NULL without an exception when it has none. */
Object *type_heap_inplace(Object *a, Object *b, int op);

#endif
