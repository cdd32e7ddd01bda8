/* vm/modules/mod_pyexpat.c — the `pyexpat` module over libexpat, behind
 * vm/lib/xml/parsers/expat.py and xml.etree.ElementTree: ParserCreate,
 * the xmlparser type with its handler attributes, Parse and ParseFile,
 * ExpatError (alias error), ErrorString, version_info and EXPAT_VERSION,
 * and its errors and model submodules.
 *
 * The handlers ElementTree and most programs use are bound (elements,
 * character data, comments, processing instructions, namespace
 * declarations, the XML declaration, CDATA sections, the document type
 * declaration's start and end, the default handlers);
 * the DTD's and external entities' handlers are not attributes, so setting
 * one raises AttributeError rather than being silently ignored.
 *
 * Invariants (who touches what, when):
 *   - XML_Parse runs with the GIL held, unlike lzma's and zlib's coders:
 *     expat calls back into the handlers, which run Python code, so there
 *     is no stretch without objects to release it for.
 *   - A handler that raises stops the parser (XML_StopParser) and marks it
 *     failed; no handler runs after that, and Parse returns with the
 *     handler's exception pending.  A handler may not call Parse or
 *     ParseFile of its own parser (expat is not reentrant): RuntimeError.
 *   - Character data waiting in the buffer (buffer_text) is handed to
 *     CharacterDataHandler before any other handler runs and at the end
 *     of every Parse, so handlers see events in document order.
 */
#include <expat.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "vm/objects/buffer.h"
#include "vm/objects/codec.h"
#include "vm/runtime/module.h"

enum {
    H_START, H_END, H_CHAR, H_COMMENT, H_PI, H_NSSTART, H_NSEND,
    H_XMLDECL, H_DEFAULT, H_DEFAULT_EXPAND, H_CDSTART, H_CDEND, H_DTSTART, H_DTEND, H_COUNT
};

enum { PX_BUFFER_SIZE = 8192, PX_READ_SIZE = 65536 };

typedef struct PxParser {
    Object ob;
    XML_Parser xp;
    Object *handlers[H_COUNT]; /* NULL or a callable (None is stored as NULL) */
    Object *err;               /* pyexpat.ExpatError, held */
    char *buf;                 /* buffered character data (buffer_text) */
    size_t nbuf;
    bool buffer_text, ordered_attributes, specified_attributes, ns_prefixes;
    bool failed;               /* a handler raised: parsing stops */
    bool in_parse;             /* Parse or ParseFile is running (a handler may not call them) */
    bool set_encoding;         /* str input was seen: the document is UTF-8 */
} PxParser;

static Type PxParserType;

static Object *px_error_class(void)
{
    Object *m = module_imported("pyexpat");
    Object *err = m && obj_isinstance_type(m, &ModuleType) ? dict_get_str(module_dict(m), "ExpatError") : NULL;
    if (!err || !obj_isinstance_type(err, &TypeType)) {
        exc_set(ExcImportError, "pyexpat: the module is not imported");
        return NULL;
    }
    return err;
}

/* None for NULL, else the UTF-8 expat hands over as a str. */
static Object *px_str(const XML_Char *s, size_t n)
{
    return s ? str_from_utf8(s, n) : none_new();
}

static Object *px_cstr(const XML_Char *s) { return px_str(s, s ? strlen(s) : 0); }

/* ---- calling the handlers */

static void px_fail(PxParser *p)
{
    p->failed = true;
    XML_StopParser(p->xp, XML_FALSE);
}

/* handlers[idx](*args), args stolen (a NULL among them: building failed). */
static void px_call_raw(PxParser *p, int idx, Object **args, size_t n)
{
    Object *h = p->handlers[idx];
    bool ok = true;
    for (size_t i = 0; i < n; i++)
        ok = ok && args[i];
    if (ok && h && !p->failed) {
        INCREF(h);
        Object *r = obj_call(h, args, n, NULL);
        DECREF(h);
        ok = r != NULL;
        XDECREF(r);
    }
    for (size_t i = 0; i < n; i++)
        XDECREF(args[i]);
    if (!ok)
        px_fail(p);
}

/* Hands the buffered character data to CharacterDataHandler. */
static void px_flush(PxParser *p)
{
    if (p->nbuf == 0)
        return;
    Object *s = p->failed ? NULL : px_str(p->buf, p->nbuf);
    p->nbuf = 0;
    if (!p->failed)
        px_call_raw(p, H_CHAR, &s, 1);
}

/* A handler other than character data: what is buffered goes first. */
static void px_call(PxParser *p, int idx, Object **args, size_t n)
{
    px_flush(p);
    px_call_raw(p, idx, args, n);
}

static bool px_wants(PxParser *p, int idx) { return !p->failed && p->handlers[idx]; }

static int px_buffer(PxParser *p, const XML_Char *s, int len)
{
    if (p->nbuf + (size_t)len > PX_BUFFER_SIZE)
        px_flush(p);
    if (p->failed)
        return -1;
    if (!p->buf && !(p->buf = malloc(PX_BUFFER_SIZE))) {
        exc_nomemory();
        px_fail(p);
        return -1;
    }
    memcpy(p->buf + p->nbuf, s, (size_t)len);
    p->nbuf += (size_t)len;
    return 0;
}

static void XMLCALL px_on_char(void *ud, const XML_Char *s, int len)
{
    PxParser *p = ud;
    if (!px_wants(p, H_CHAR))
        return;
    if (!p->buffer_text || len > PX_BUFFER_SIZE) {
        Object *a = px_str(s, (size_t)len);
        px_call(p, H_CHAR, &a, 1);
    } else {
        px_buffer(p, s, len);
    }
}

/* The attributes expat passes as name, value, ...: a dict, or a flat
 * list under ordered_attributes. */
static Object *px_attrs(PxParser *p, const XML_Char **atts)
{
    size_t n = 0;
    while (atts[n])
        n += 2;
    if (p->specified_attributes)
        n = (size_t)XML_GetSpecifiedAttributeCount(p->xp);
    Object *r = p->ordered_attributes ? list_new(0) : dict_new();
    for (size_t i = 0; r && i < n; i += 2) {
        Object *k = px_cstr(atts[i]), *v = px_cstr(atts[i + 1]);
        int bad = !k || !v || (p->ordered_attributes ? list_append(r, k) < 0 || list_append(r, v) < 0
                                                     : dict_set(r, k, v) < 0);
        XDECREF(k);
        XDECREF(v);
        if (bad)
            SETREF(r, NULL);
    }
    return r;
}

static void XMLCALL px_on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    PxParser *p = ud;
    if (!px_wants(p, H_START))
        return;
    Object *a[2] = { px_cstr(name), px_attrs(p, atts) };
    px_call(p, H_START, a, 2);
}

static void XMLCALL px_on_end(void *ud, const XML_Char *name)
{
    Object *a = px_cstr(name);
    px_call(ud, H_END, &a, 1);
}

static void XMLCALL px_on_comment(void *ud, const XML_Char *data)
{
    Object *a = px_cstr(data);
    px_call(ud, H_COMMENT, &a, 1);
}

static void XMLCALL px_on_pi(void *ud, const XML_Char *target, const XML_Char *data)
{
    Object *a[2] = { px_cstr(target), px_cstr(data) };
    px_call(ud, H_PI, a, 2);
}

static void XMLCALL px_on_nsstart(void *ud, const XML_Char *prefix, const XML_Char *uri)
{
    Object *a[2] = { px_cstr(prefix), px_cstr(uri) };
    px_call(ud, H_NSSTART, a, 2);
}

static void XMLCALL px_on_nsend(void *ud, const XML_Char *prefix)
{
    Object *a = px_cstr(prefix);
    px_call(ud, H_NSEND, &a, 1);
}

static void XMLCALL px_on_xmldecl(void *ud, const XML_Char *version, const XML_Char *encoding, int standalone)
{
    Object *a[3] = { px_cstr(version), px_cstr(encoding), int_from_i64(standalone) };
    px_call(ud, H_XMLDECL, a, 3);
}

static void XMLCALL px_on_default(void *ud, const XML_Char *s, int len)
{
    Object *a = px_str(s, (size_t)len);
    px_call(ud, H_DEFAULT, &a, 1);
}

static void XMLCALL px_on_default_expand(void *ud, const XML_Char *s, int len)
{
    Object *a = px_str(s, (size_t)len);
    px_call(ud, H_DEFAULT_EXPAND, &a, 1);
}

static void XMLCALL px_on_dtstart(void *ud, const XML_Char *name, const XML_Char *sysid,
                                   const XML_Char *pubid, int has_internal_subset)
{
    Object *a[4] = { px_cstr(name), px_cstr(sysid), px_cstr(pubid), int_from_i64(has_internal_subset) };
    px_call(ud, H_DTSTART, a, 4);
}

static void XMLCALL px_on_dtend(void *ud) { px_call(ud, H_DTEND, NULL, 0); }

static void XMLCALL px_on_cdstart(void *ud) { px_call(ud, H_CDSTART, NULL, 0); }
static void XMLCALL px_on_cdend(void *ud) { px_call(ud, H_CDEND, NULL, 0); }

/* An encoding expat does not know: a single-byte one is decoded through
 * the VM's codecs, a byte each code point, as CPython does (an undecodable
 * byte is an error to expat).  Multi-byte ones are refused. */
static int XMLCALL px_on_unknown_encoding(void *ud, const XML_Char *name, XML_Encoding *info)
{
    PxParser *p = ud;
    unsigned char all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (unsigned char)i;
    Object *enc = str_from_cstr(name), *errors = str_from_cstr("replace");
    Object *s = enc && errors ? codec_decode("decode", all, sizeof all, enc, errors) : NULL;
    XDECREF(enc);
    XDECREF(errors);
    if (s && ((StrObject *)s)->ncp != 256) {
        exc_set(ExcValueError, "multi-byte encodings are not supported");
        SETREF(s, NULL);
    }
    if (!s) {
        p->failed = true;
        return XML_STATUS_ERROR;
    }
    for (size_t i = 0; i < 256; i++) {
        uint32_t c = str_codepoint(s, i);
        info->map[i] = c == 0xFFFD ? -1 : (int)c;
    }
    info->data = NULL;
    info->convert = NULL;
    info->release = NULL;
    DECREF(s);
    return XML_STATUS_OK;
}

/* Points expat at the trampoline for idx, or at none (on false). */
static void px_install(PxParser *p, int idx, bool on)
{
    XML_Parser x = p->xp;
    switch (idx) {
    case H_START: XML_SetStartElementHandler(x, on ? px_on_start : NULL); break;
    case H_END: XML_SetEndElementHandler(x, on ? px_on_end : NULL); break;
    case H_CHAR: XML_SetCharacterDataHandler(x, on ? px_on_char : NULL); break;
    case H_COMMENT: XML_SetCommentHandler(x, on ? px_on_comment : NULL); break;
    case H_PI: XML_SetProcessingInstructionHandler(x, on ? px_on_pi : NULL); break;
    case H_NSSTART: XML_SetStartNamespaceDeclHandler(x, on ? px_on_nsstart : NULL); break;
    case H_NSEND: XML_SetEndNamespaceDeclHandler(x, on ? px_on_nsend : NULL); break;
    case H_XMLDECL: XML_SetXmlDeclHandler(x, on ? px_on_xmldecl : NULL); break;
    case H_DEFAULT: XML_SetDefaultHandler(x, on ? px_on_default : NULL); break;
    case H_DEFAULT_EXPAND: XML_SetDefaultHandlerExpand(x, on ? px_on_default_expand : NULL); break;
    case H_CDSTART: XML_SetStartCdataSectionHandler(x, on ? px_on_cdstart : NULL); break;
    case H_CDEND: XML_SetEndCdataSectionHandler(x, on ? px_on_cdend : NULL); break;
    case H_DTSTART: XML_SetStartDoctypeDeclHandler(x, on ? px_on_dtstart : NULL); break;
    default: XML_SetEndDoctypeDeclHandler(x, on ? px_on_dtend : NULL); break;
    }
}

/* ---- the handler attributes */

static Object *px_get_handler(Object *o, int idx)
{
    Object *h = ((PxParser *)o)->handlers[idx];
    return h ? (INCREF(h), h) : none_new();
}

static int px_set_handler(Object *o, int idx, Object *v)
{
    PxParser *p = (PxParser *)o;
    bool on = v && v != None;
    if (on)
        INCREF(v);
    if (idx == H_CHAR)
        px_flush(p);
    SETREF(p->handlers[idx], on ? v : NULL);
    px_install(p, idx, on);
    return 0;
}

#define PX_HANDLERS(X)                                                                           \
    X(StartElementHandler, H_START) X(EndElementHandler, H_END) X(CharacterDataHandler, H_CHAR) \
    X(CommentHandler, H_COMMENT) X(ProcessingInstructionHandler, H_PI)                          \
    X(StartNamespaceDeclHandler, H_NSSTART) X(EndNamespaceDeclHandler, H_NSEND)                 \
    X(XmlDeclHandler, H_XMLDECL) X(DefaultHandler, H_DEFAULT)                                   \
    X(DefaultHandlerExpand, H_DEFAULT_EXPAND)                                                    \
    X(StartCdataSectionHandler, H_CDSTART) X(EndCdataSectionHandler, H_CDEND)                   \
    X(StartDoctypeDeclHandler, H_DTSTART) X(EndDoctypeDeclHandler, H_DTEND)

#define PX_HANDLER_FNS(name, idx)                                                   \
    static Object *px_get_##name(Object *o) { return px_get_handler(o, idx); }      \
    static int px_set_##name(Object *o, Object *v) { return px_set_handler(o, idx, v); }
PX_HANDLERS(PX_HANDLER_FNS)
#undef PX_HANDLER_FNS

/* ---- flags and positions */

static int px_set_flag(Object *v, bool *flag)
{
    int t = v ? obj_truth(v) : 0;
    if (t < 0)
        return -1;
    *flag = t;
    return 0;
}

static Object *px_get_buffer_text(Object *o) { return bool_from(((PxParser *)o)->buffer_text); }
static int px_set_buffer_text(Object *o, Object *v)
{
    px_flush((PxParser *)o);
    return px_set_flag(v, &((PxParser *)o)->buffer_text);
}
static Object *px_get_ordered(Object *o) { return bool_from(((PxParser *)o)->ordered_attributes); }
static int px_set_ordered(Object *o, Object *v) { return px_set_flag(v, &((PxParser *)o)->ordered_attributes); }
static Object *px_get_specified(Object *o) { return bool_from(((PxParser *)o)->specified_attributes); }
static int px_set_specified(Object *o, Object *v) { return px_set_flag(v, &((PxParser *)o)->specified_attributes); }
static Object *px_get_prefixes(Object *o) { return bool_from(((PxParser *)o)->ns_prefixes); }
static int px_set_prefixes(Object *o, Object *v)
{
    PxParser *p = (PxParser *)o;
    if (px_set_flag(v, &p->ns_prefixes) < 0)
        return -1;
    XML_SetReturnNSTriplet(p->xp, p->ns_prefixes);
    return 0;
}
static Object *px_get_buffer_size(Object *o) { return int_from_i64(PX_BUFFER_SIZE); }
static Object *px_get_buffer_used(Object *o) { return int_from_i64((int64_t)((PxParser *)o)->nbuf); }

static Object *px_get_line(Object *o) { return int_from_i64((int64_t)XML_GetCurrentLineNumber(((PxParser *)o)->xp)); }
static Object *px_get_column(Object *o) { return int_from_i64((int64_t)XML_GetCurrentColumnNumber(((PxParser *)o)->xp)); }
static Object *px_get_byte(Object *o) { return int_from_i64((int64_t)XML_GetCurrentByteIndex(((PxParser *)o)->xp)); }
static Object *px_get_errcode(Object *o) { return int_from_i64((int64_t)XML_GetErrorCode(((PxParser *)o)->xp)); }

/* ---- Parse, ParseFile */

static PxParser *px_self(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &PxParserType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'pyexpat.xmlparser' object", meth);
        return NULL;
    }
    return (PxParser *)args[0];
}

/* ExpatError for the parser's error code, with code, lineno and offset. */
static void px_raise(PxParser *p)
{
    enum XML_Error code = XML_GetErrorCode(p->xp);
    int64_t line = (int64_t)XML_GetErrorLineNumber(p->xp), col = (int64_t)XML_GetErrorColumnNumber(p->xp);
    const char *what = XML_ErrorString(code);
    Object *msg = str_from_fmt("%s: line %lld, column %lld", what ? what : "unknown error",
                               (long long)line, (long long)col);
    Object *exc = msg ? exc_new((Type *)p->err, &msg, 1) : NULL;
    XDECREF(msg);
    const struct { const char *name; int64_t v; } attrs[] = {
        { "code", code }, { "lineno", line }, { "offset", col },
    };
    for (size_t i = 0; exc && i < sizeof attrs / sizeof attrs[0]; i++) {
        Object *v = int_from_i64(attrs[i].v);
        if (!v || obj_setattr(exc, str_intern(attrs[i].name), v) < 0)
            SETREF(exc, NULL);
        XDECREF(v);
    }
    if (exc)
        exc_set_obj(exc);
}

/* Feeds n bytes (in pieces expat's int length can take): 0, or -1 with
 * the handler's exception or ExpatError set. */
static int px_feed(PxParser *p, const char *s, size_t n, bool final)
{
    for (;;) {
        int piece = n > INT_MAX ? INT_MAX : (int)n;
        bool last = (size_t)piece == n;
        enum XML_Status st = XML_Parse(p->xp, s, piece, last && final);
        if (!p->failed)
            px_flush(p);
        if (p->failed)
            return -1;
        if (st == XML_STATUS_ERROR) {
            px_raise(p);
            return -1;
        }
        if (last)
            return 0;
        s += piece;
        n -= (size_t)piece;
    }
}

/* data as bytes to feed: a str is its UTF-8 (and the document is
 * declared UTF-8 to expat, as CPython does); else a bytes-like. */
static int px_feed_obj(PxParser *p, Object *data, bool final)
{
    if (obj_isinstance_type(data, &StrType)) {
        if (!p->set_encoding) {
            XML_SetEncoding(p->xp, "utf-8");
            p->set_encoding = true;
        }
        return px_feed(p, str_utf8(data), str_nbytes(data), final);
    }
    Buffer hold BUFFER_SCOPED = { 0 };
    if (buffer_get(data, &hold) < 0)
        return -1;
    return px_feed(p, (const char *)hold.p, hold.n, final);
}

/* Entering Parse or ParseFile: not from inside one (expat is not
 * reentrant), and a handler's failure in an earlier call is forgotten
 * (expat itself then reports the parse as finished). */
static int px_enter(PxParser *p)
{
    if (p->in_parse) {
        exc_set(ExcRuntimeError, "cannot call Parse() from within a handler");
        return -1;
    }
    p->in_parse = true;
    p->failed = false;
    return 0;
}

static Object *px_parse(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "isfinal", NULL };
    PxParser *p = px_self(args, nargs, "Parse");
    Object *a[2];
    int final = 0;
    if (!p || args_parse("Parse", args + 1, nargs - 1, kw, 1, names, a) < 0 ||
        (a[1] && (final = obj_truth(a[1])) < 0))
        return NULL;
    if (px_enter(p) < 0)
        return NULL;
    int rc = px_feed_obj(p, a[0], final);
    p->in_parse = false;
    return rc < 0 ? NULL : int_from_i64(1);
}

static Object *px_parse_file(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "file", NULL };
    PxParser *p = px_self(args, nargs, "ParseFile");
    Object *a[1];
    if (!p || args_parse("ParseFile", args + 1, nargs - 1, kw, 1, names, a) < 0)
        return NULL;
    Object *read = obj_getattr_str(a[0], "read");
    if (!read) {
        exc_clear();
        exc_set(ExcTypeError, "argument must have 'read' attribute");
        return NULL;
    }
    Object *size = int_from_i64(PX_READ_SIZE);
    int rc = size ? px_enter(p) : -1;
    bool entered = rc == 0;
    while (rc == 0) {
        Object *chunk = obj_call(read, &size, 1, NULL);
        if (!chunk) {
            rc = -1;
            break;
        }
        if (!obj_isinstance_type(chunk, &BytesType)) {
            exc_set(ExcTypeError, "read() did not return a bytes object (type=%s)", chunk->type->name);
            DECREF(chunk);
            rc = -1;
            break;
        }
        BytesObject *b = (BytesObject *)chunk;
        bool empty = b->n == 0;
        rc = px_feed(p, (const char *)b->data, b->n, empty);
        DECREF(chunk);
        if (empty)
            break;
    }
    XDECREF(size);
    DECREF(read);
    if (entered)
        p->in_parse = false;
    return rc < 0 ? NULL : int_from_i64(1);
}

/* ---- the type */

static void px_traverse(Object *o, VisitFn visit, void *arg)
{
    PxParser *p = (PxParser *)o;
    for (int i = 0; i < H_COUNT; i++)
        visit(p->handlers[i], arg);
}

static void px_clear(Object *o)
{
    PxParser *p = (PxParser *)o;
    for (int i = 0; i < H_COUNT; i++) {
        if (p->handlers[i] && p->xp)
            px_install(p, i, false);
        SETREF(p->handlers[i], NULL);
    }
}

static void px_dealloc(Object *o)
{
    PxParser *p = (PxParser *)o;
    for (int i = 0; i < H_COUNT; i++)
        XDECREF(p->handlers[i]);
    if (p->xp)
        XML_ParserFree(p->xp);
    free(p->buf);
    XDECREF(p->err);
    obj_free(o);
}

#define PX_HANDLER_GET(name, idx) { #name, NULL, px_get_##name },
#define PX_HANDLER_SET(name, idx) { #name, px_set_##name },

static const MethodDef px_methods[] = {
    { "Parse", px_parse, NULL },
    { "ParseFile", px_parse_file, NULL },
    PX_HANDLERS(PX_HANDLER_GET)
    { "buffer_text", NULL, px_get_buffer_text },
    { "buffer_size", NULL, px_get_buffer_size },
    { "buffer_used", NULL, px_get_buffer_used },
    { "ordered_attributes", NULL, px_get_ordered },
    { "specified_attributes", NULL, px_get_specified },
    { "namespace_prefixes", NULL, px_get_prefixes },
    { "CurrentLineNumber", NULL, px_get_line },
    { "CurrentColumnNumber", NULL, px_get_column },
    { "CurrentByteIndex", NULL, px_get_byte },
    { "ErrorCode", NULL, px_get_errcode },
    { "ErrorLineNumber", NULL, px_get_line },
    { "ErrorColumnNumber", NULL, px_get_column },
    { "ErrorByteIndex", NULL, px_get_byte },
    { NULL, NULL, NULL },
};

static const SetterDef px_setters[] = {
    PX_HANDLERS(PX_HANDLER_SET)
    { "buffer_text", px_set_buffer_text },
    { "ordered_attributes", px_set_ordered },
    { "specified_attributes", px_set_specified },
    { "namespace_prefixes", px_set_prefixes },
    { NULL, NULL },
};

static Type PxParserType = {
    OBJ_HEAD_INIT(&TypeType), .name = "xmlparser", .base = &ObjectType,
    .basicsize = sizeof(PxParser), .flags = TYPE_GC, .dealloc = px_dealloc,
    .methods = px_methods, .setters = px_setters,
    .traverse = px_traverse, .clear = px_clear,
};

/* ---- module functions */

/* An optional str argument as a C string (NULL for None or absent). */
static int px_opt_str(Object *o, const char *what, const char **out)
{
    if (!o || o == None)
        return 0;
    if (!obj_isinstance_type(o, &StrType)) {
        exc_set(ExcTypeError, "ParserCreate() argument '%s' must be str or None, not %s", what, o->type->name);
        return -1;
    }
    *out = str_utf8(o);
    return 0;
}

static Object *px_parser_create(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "encoding", "namespace_separator", "intern", NULL };
    Object *a[3];
    const char *enc = NULL, *sep = NULL;
    if (args_parse("ParserCreate", args, nargs, kw, 0, names, a) < 0 ||
        px_opt_str(a[0], "encoding", &enc) < 0 || px_opt_str(a[1], "namespace_separator", &sep) < 0)
        return NULL;
    if (sep && strlen(sep) > 1) {
        exc_set(ExcValueError, "namespace_separator must be at most one character, omitted, or None");
        return NULL;
    }
    Object *err = px_error_class();
    PxParser *p = err ? (PxParser *)obj_alloc(&PxParserType, sizeof *p) : NULL;
    if (!p)
        return NULL;
    INCREF(err);
    p->err = err;
    p->xp = sep ? XML_ParserCreateNS(enc, *sep) : XML_ParserCreate(enc);
    if (!p->xp) {
        DECREF(p);
        exc_nomemory();
        return NULL;
    }
    XML_SetUserData(p->xp, p);
    XML_SetUnknownEncodingHandler(p->xp, px_on_unknown_encoding, p);
    return (Object *)p;
}

static Object *px_error_string(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "code", NULL };
    Object *a[1];
    int64_t code;
    if (args_parse("ErrorString", args, nargs, kw, 1, names, a) < 0 || int_as_i64(a[0], &code) < 0)
        return NULL;
    const char *s = code >= 0 && code <= INT_MAX ? XML_ErrorString((enum XML_Error)code) : NULL;
    return s ? str_from_cstr(s) : none_new();
}

static int px_add(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

static Object *px_version_info(void)
{
    XML_Expat_Version v = XML_ExpatVersionInfo();
    Object *t = tuple_new(3);
    const int parts[3] = { v.major, v.minor, v.micro };
    for (size_t i = 0; t && i < 3; i++) {
        Object *n = int_from_i64(parts[i]);
        if (!n)
            SETREF(t, NULL);
        else
            tuple_set(t, i, n);
    }
    return t;
}

/* pyexpat.errors: each XML_ERROR_* name as its message, and the codes
 * and messages dicts between them (the enum is libexpat's, in its order). */
#define PX_ERRORS(X)                                                                               \
    X(NO_MEMORY) X(SYNTAX) X(NO_ELEMENTS) X(INVALID_TOKEN) X(UNCLOSED_TOKEN) X(PARTIAL_CHAR)      \
    X(TAG_MISMATCH) X(DUPLICATE_ATTRIBUTE) X(JUNK_AFTER_DOC_ELEMENT) X(PARAM_ENTITY_REF)          \
    X(UNDEFINED_ENTITY) X(RECURSIVE_ENTITY_REF) X(ASYNC_ENTITY) X(BAD_CHAR_REF)                   \
    X(BINARY_ENTITY_REF) X(ATTRIBUTE_EXTERNAL_ENTITY_REF) X(MISPLACED_XML_PI) X(UNKNOWN_ENCODING) \
    X(INCORRECT_ENCODING) X(UNCLOSED_CDATA_SECTION) X(EXTERNAL_ENTITY_HANDLING)                   \
    X(NOT_STANDALONE) X(UNEXPECTED_STATE) X(ENTITY_DECLARED_IN_PE) X(FEATURE_REQUIRES_XML_DTD)    \
    X(CANT_CHANGE_FEATURE_ONCE_PARSING) X(UNBOUND_PREFIX) X(UNDECLARING_PREFIX) X(INCOMPLETE_PE)  \
    X(XML_DECL) X(TEXT_DECL) X(PUBLICID) X(SUSPENDED) X(NOT_SUSPENDED) X(ABORTED) X(FINISHED)    \
    X(SUSPEND_PE) X(RESERVED_PREFIX_XML) X(RESERVED_PREFIX_XMLNS) X(RESERVED_NAMESPACE_URI)       \
    X(INVALID_ARGUMENT) X(NO_BUFFER) X(AMPLIFICATION_LIMIT_BREACH)

static const struct { const char *name; enum XML_Error code; } px_error_names[] = {
#define PX_ERROR_ROW(n) { "XML_ERROR_" #n, XML_ERROR_##n },
    PX_ERRORS(PX_ERROR_ROW)
#undef PX_ERROR_ROW
};

static int px_add_error(Object *m, Object *codes, Object *messages, const char *name, enum XML_Error code)
{
    Object *msg = str_from_cstr(XML_ErrorString(code)), *n = int_from_i64(code);
    int r = msg && n && module_add(m, name, msg) == 0 && dict_set(codes, msg, n) == 0 &&
            dict_set(messages, n, msg) == 0 ? 0 : -1;
    XDECREF(msg);
    XDECREF(n);
    return r;
}

static Object *px_errors_module(void)
{
    Object *m = module_new("pyexpat.errors", NULL), *codes = dict_new(), *messages = dict_new();
    int bad = !m || !codes || !messages || module_add(m, "codes", codes) < 0 ||
              module_add(m, "messages", messages) < 0;
    for (size_t i = 0; !bad && i < sizeof px_error_names / sizeof px_error_names[0]; i++)
        bad = px_add_error(m, codes, messages, px_error_names[i].name, px_error_names[i].code) < 0;
    XDECREF(codes);
    XDECREF(messages);
    if (bad)
        SETREF(m, NULL);
    return m;
}

/* pyexpat.model: the content model constants of element declarations. */
static Object *px_model_module(void)
{
    static const struct { const char *name; int64_t v; } rows[] = {
        { "XML_CTYPE_EMPTY", XML_CTYPE_EMPTY }, { "XML_CTYPE_ANY", XML_CTYPE_ANY },
        { "XML_CTYPE_MIXED", XML_CTYPE_MIXED }, { "XML_CTYPE_NAME", XML_CTYPE_NAME },
        { "XML_CTYPE_CHOICE", XML_CTYPE_CHOICE }, { "XML_CTYPE_SEQ", XML_CTYPE_SEQ },
        { "XML_CQUANT_NONE", XML_CQUANT_NONE }, { "XML_CQUANT_OPT", XML_CQUANT_OPT },
        { "XML_CQUANT_REP", XML_CQUANT_REP }, { "XML_CQUANT_PLUS", XML_CQUANT_PLUS },
    };
    Object *m = module_new("pyexpat.model", NULL);
    for (size_t i = 0; m && i < sizeof rows / sizeof rows[0]; i++)
        if (module_add_int(m, rows[i].name, rows[i].v) < 0)
            SETREF(m, NULL);
    return m;
}

Object *mod_pyexpat_init(void)
{
    Object *m = module_new("pyexpat", NULL);
    Object *err = m ? (Object *)type_new_module_class("pyexpat", "ExpatError", ExcException) : NULL;
    int bad = !err || module_add(m, "ExpatError", err) < 0 || module_add(m, "error", err) < 0 ||
              module_add(m, "XMLParserType", (Object *)&PxParserType) < 0 ||
              module_add_func(m, "ParserCreate", px_parser_create) < 0 ||
              module_add_func(m, "ErrorString", px_error_string) < 0 ||
              px_add(m, "EXPAT_VERSION", str_from_cstr(XML_ExpatVersion())) < 0 ||
              px_add(m, "version_info", px_version_info()) < 0 ||
              px_add(m, "native_encoding", str_from_cstr("UTF-8")) < 0 ||
              px_add(m, "errors", px_errors_module()) < 0 || px_add(m, "model", px_model_module()) < 0;
    XDECREF(err);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
