"""ast for gilvm: python3's node classes and helpers over gilvm's parser.

The node classes are made here from _ast._spec (the C module's table of
classes, fields and attributes); _ast._parse builds a tree of them from
gilvm's own parse of the source, unoptimized as ast.parse's, with
positions (start and end).  Type comments are not read.
compile() takes source only, not a tree (gilvm compiles from its own C tree).
"""
import _ast
from _ast import PyCF_ONLY_AST


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        nfields = len(cls._fields)
        if len(args) > nfields:
            raise TypeError('%s constructor takes %s%d positional argument%s'
                            % (cls.__name__, 'at most ' if nfields else '', nfields,
                               '' if nfields == 1 else 's'))
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


AST.__module__ = '_ast'
_classes = {'AST': AST}


def _node_class(name, base, fields, attrs):
    """A node class from its _spec row; an optional field or attribute
    (marked '?') defaults to None on the class, as python3's do."""
    names = [f.rstrip('?') for f in fields + attrs]
    body = {f: None for f, spec in zip(names, fields + attrs) if spec.endswith('?')}
    body.update(_fields=tuple(names[:len(fields)]), _attributes=tuple(names[len(fields):]),
                __module__='_ast')
    return type(name, (_classes[base],), body)


for _row in _ast._spec:
    _classes[_row[0]] = _node_class(*_row)
globals().update(_classes)
for _name, _cls in _classes.items():
    setattr(_ast, _name, _cls)
del _row, _name, _cls


def _value_alias(doc):
    def get(self):
        return self.value

    def put(self, value):
        self.value = value
    return property(get, put, doc=doc)


Constant.n = _value_alias('deprecated alias of value (3.8)')
Constant.s = _value_alias('deprecated alias of value (3.8)')


# 3.8's deprecated constant classes: making one makes a Constant, and a
# Constant is an instance of the one its value's type names.
class _ConstantAlias(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = getattr(cls, '_value_types', None)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        if not hasattr(inst, 'value'):
            return False
        value = inst.value
        return isinstance(value, kinds) and not (cls is Num and isinstance(value, bool))


def _alias_new(cls, *args, **kwargs):
    if '_value_types' in cls.__dict__:
        fields = dict(zip(cls._fields, args))
        fields.update(kwargs)
        if cls._fields:
            fields['value'] = fields.pop(cls._fields[0], None)
        else:
            fields['value'] = ...
        return Constant(**fields)
    return Constant.__new__(cls)


def _alias(name, field, kinds):
    return _ConstantAlias(name, (Constant,), {
        '_fields': (field,) if field else (), '_value_types': kinds, '__new__': _alias_new,
        '__module__': 'ast'})


Num = _alias('Num', 'n', (int, float, complex))
Str = _alias('Str', 's', (str,))
Bytes = _alias('Bytes', 's', (bytes,))
NameConstant = _alias('NameConstant', 'value', (type(None), bool))
Ellipsis = _alias('Ellipsis', None, (type(...),))
_LEGACY_VISITS = ((Num, 'visit_Num'), (Str, 'visit_Str'), (Bytes, 'visit_Bytes'),
                  (NameConstant, 'visit_NameConstant'), (Ellipsis, 'visit_Ellipsis'))


# 3.8's subscript wrappers, gone from trees since 3.9: making one makes
# what a tree now holds in its place.
class slice(AST):
    """Deprecated base of Index and ExtSlice."""


class Index(slice):
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """The tree of source (str or bytes) in mode 'exec', 'eval' or 'single'."""
    if type_comments:
        raise NotImplementedError('ast: type comments are not read by gilvm')
    if feature_version is not None and tuple(feature_version) != (3, 8):
        raise NotImplementedError('ast: gilvm parses the 3.8 grammar only (no feature_version)')
    if mode == 'func_type':
        raise NotImplementedError("ast: mode 'func_type' is not supported by gilvm")
    return _ast._parse(source, filename, mode, _classes)


def _literal_error(node):
    raise ValueError('malformed node or string: ' + repr(node))


def _literal_number(node):
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _literal_error(node)


def _literal_signed(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        value = _literal_number(node.operand)
        return +value if isinstance(node.op, UAdd) else -value
    return _literal_number(node)


def _literal(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, (Tuple, List, Set)):
        items = map(_literal, node.elts)
        return tuple(items) if isinstance(node, Tuple) else list(items) if isinstance(node, List) else set(items)
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _literal_error(node)
        return dict(zip(map(_literal, node.keys), map(_literal, node.values)))
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        left = _literal_signed(node.left)
        right = _literal_number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, Add) else left - right
    return _literal_signed(node)


def literal_eval(node_or_string):
    """The value of a literal: strings, bytes, numbers, tuples, lists,
    dicts, sets, booleans and None (3.8's rules, complex sums included)."""
    node = parse(node_or_string, mode='eval') if isinstance(node_or_string, str) else node_or_string
    if isinstance(node, Expression):
        node = node.body
    return _literal(node)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A tree's text as python3 writes it: a field left at its class's
    default None is omitted (the fields after a gap then say their names),
    and with indent each node that holds more than three simple values or
    any compound one puts its items on lines of their own."""
    if isinstance(indent, int):
        indent = ' ' * indent

    def items(node):
        named = annotate_fields
        for name in node._fields:
            if not hasattr(node, name) or _defaulted(node, name):
                named = True
                continue
            yield (name if named else None), getattr(node, name)
        if include_attributes:
            for name in node._attributes:
                if hasattr(node, name) and not _defaulted(node, name):
                    yield name, getattr(node, name)

    def layout(head, parts, tail, level):
        if indent is None:
            return head + ', '.join(parts) + tail
        pad = '\n' + indent * level
        return head + pad + (',' + pad).join(parts) + tail

    def text(node, level):    # (text, whether it is simple: a leaf or an empty node)
        if isinstance(node, list):
            if not node:
                return '[]', True
            return layout('[', [text(x, level + 1)[0] for x in node], ']', level + 1), False
        if not isinstance(node, AST):
            return repr(node), True
        parts, simple = [], True
        for name, value in items(node):
            t, leaf = text(value, level + 1)
            simple = simple and leaf
            parts.append(t if name is None else name + '=' + t)
        head = type(node).__name__ + '('
        if simple and len(parts) <= 3:
            return head + ', '.join(parts) + ')', not parts
        return layout(head, parts, ')', level + 1), False

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % type(node).__name__)
    return text(node, 0)[0]


def _defaulted(node, name):
    return getattr(node, name) is None and getattr(type(node), name, ...) is None


def copy_location(new_node, old_node):
    """new_node with old_node's positions, where both classes have them."""
    for name in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if name in old_node._attributes and name in new_node._attributes and hasattr(old_node, name):
            setattr(new_node, name, getattr(old_node, name))
    return new_node


def fix_missing_locations(node):
    """Positions for the nodes that lack them, from their parents (1, 0 at the top)."""
    def fix(node, inherited):
        here = list(inherited)
        for i, name in enumerate(('lineno', 'col_offset', 'end_lineno', 'end_col_offset')):
            if name in node._attributes:
                if hasattr(node, name):
                    here[i] = getattr(node, name)
                else:
                    setattr(node, name, here[i])
        for child in iter_child_nodes(node):
            fix(child, here)
    fix(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Every line number in the tree moved on by n."""
    for child in walk(node):
        for name in 'lineno', 'end_lineno':
            if name in child._attributes:
                setattr(child, name, getattr(child, name, 0) + n)
    return node


def iter_fields(node):
    """(name, value) for each field the node has."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """The direct child nodes, fields and lists of fields alike."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % type(node).__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(value.value)
    return value.value


def get_source_segment(source, node, *, padded=False):
    """The source text of node, None for a node without a full position;
    padded: the first line's indentation kept as spaces."""
    if any(getattr(node, name, None) is None for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')):
        return None
    lines = source.encode().splitlines(True)
    first, last = node.lineno - 1, node.end_lineno - 1
    if first == last:
        return lines[first][node.col_offset:node.end_col_offset].decode()
    head = lines[first][node.col_offset:].decode()
    if padded:
        head = ''.join(c if c.isspace() else ' ' for c in lines[first][:node.col_offset].decode()) + head
    middle = [line.decode() for line in lines[first + 1:last]]
    return head + ''.join(middle) + lines[last][:node.end_col_offset].decode()


def walk(node):
    """Every node of the tree, breadth first, node itself first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """visit(node) calls self.visit_<ClassName>(node), else generic_visit."""

    def visit(self, node):
        return getattr(self, 'visit_' + type(node).__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        for alias, name in _LEGACY_VISITS:
            method = getattr(self, name, None)
            if method is not None and isinstance(node, alias):
                import warnings
                warnings.warn('%s is deprecated; add visit_Constant' % name, DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """generic_visit replaces each child by what visiting it returns:
    None removes it, a list (in a list field) splices in several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                kept = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            kept.extend(item)
                            continue
                    kept.append(item)
                old[:] = kept
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node
