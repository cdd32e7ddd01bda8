/* vm/objects/traceback.h — traceback entries and printing uncaught exceptions.
 *
 * A traceback is a chain of (code, line) entries hung on the exception
 * (ExcObject.traceback), outermost frame first, the way CPython's tb_next
 * chain reads.  Frames are not objects here; an entry keeps the locals of a
 * frame the exception has left, as CPython's frame objects do.
 */
#ifndef GILKIT_VM_TRACEBACK_H
#define GILKIT_VM_TRACEBACK_H

#include "vm/objects/code.h"
#include "vm/objects/object.h"

extern Type TracebackType;

/* Prepend the entry for the instruction at index `lasti` of co, run with
 * globals and (a body's) namespace ns (or NULL), to exc's traceback (the
 * eval loop calls it as the exception leaves each frame). */
int traceback_add(Object *exc, CodeObject *co, int lasti, Object *globals, Object *ns);
/* The frame of co is unwinding with exc: its newest entry takes the n slots
 * (set to NULL here) if that entry is the frame's own. */
void traceback_keep_locals(Object *exc, CodeObject *co, Object **slots, size_t n);

/* Print exc with its traceback and its __cause__/__context__ chain as
 * CPython does ("Traceback (most recent call last): ..."; a SyntaxError
 * prints its file, line, source and caret instead), after the line header
 * (NULL: none), to sys.stderr: the program's replacement when it made one
 * that takes it, else the process's stderr. */
void traceback_report(const char *header, Object *exc);
void traceback_print(Object *exc);            /* no header */
/* As CPython's PyErr_WriteUnraisable: "<where>: <culprit>" (what, when
 * its repr fails; where is "Exception ignored in" but for a thread) and the
 * report of the pending exception, which it takes. */
void traceback_unraisable(const char *where, Object *culprit, const char *what);
/* The same report as a str (new reference, NULL with MemoryError); chain
 * false leaves out the __cause__/__context__ chain. */
Object *traceback_format(Object *exc, bool chain);

#endif
