/* vm/objects/format.h — string formatting: `str % args`, str.format, format().
 * The functions are declared in vm/objects/object.h (format_value, format_percent,
 * format_str_method) because the types and the eval loop call them. */
#ifndef GILKIT_VM_FORMAT_H
#define GILKIT_VM_FORMAT_H

#include "vm/objects/object.h"

#endif
