"""Decimal floating point arithmetic, written for gilvm.

Follows the General Decimal Arithmetic specification and python3's
observable behaviour.  A finite Decimal is a sign, an int coefficient and an
int exponent, so exact arithmetic is int arithmetic; every result then goes
through _fix, which rounds it to the context and gathers the signals it
raised as bits.  Context._signal turns the bits into flags, and raises the
first trapped one with the list of the trapped conditions as python3 does.
exp, ln, log10 and non-integer powers are computed in fixed point with guard
digits and retried with more until the rounding is certain (Ziv's loop).
"""

import math
import numbers
import operator
import re
import sys
import threading

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = False    # the context is per thread (threading.local), not per task

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# Status bits, in the order python3 chooses the exception to raise.  The
# conditions after _CLAMP all mean InvalidOperation.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
(_INV, _FLOAT, _DIVZ, _OVF, _UNF, _SUB, _INEX, _RND, _CLAMP) = (
    1 << i for i in range(9))
_CONV, _DIVIMP, _DIVUND = 1 << 9, 1 << 10, 1 << 11
_CONDITIONS = ((_INV, InvalidOperation), (_CONV, ConversionSyntax),
               (_DIVIMP, DivisionImpossible), (_DIVUND, DivisionUndefined))
_ANY_INV = _INV | _CONV | _DIVIMP | _DIVUND
# The order of the signals in a Context's repr.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)

_FINITE, _INF, _QNAN, _SNAN = 0, 1, 2, 3


# Coefficients may run to any length, but str(int) and int(str) refuse
# more than sys.get_int_max_str_digits() digits: beyond a safe size they
# go by halves, each part short enough.
_SAFE_DIGITS = 4000


def _digits(c):
    """The decimal digits of the int c >= 0, however many."""
    if c.bit_length() <= _SAFE_DIGITS * 3:
        return str(c)
    k = int(c.bit_length() * 0.30103) // 2
    hi, lo = divmod(c, 10 ** k)
    return _digits(hi) + _digits(lo).zfill(k)


def _parse_digits(s):
    """The int of the digit string s, however long."""
    if len(s) <= _SAFE_DIGITS:
        return int(s)
    k = len(s) // 2
    return _parse_digits(s[:-k]) * 10 ** k + _parse_digits(s[-k:])


def _ndigits(c):
    """Number of decimal digits of the int c >= 0 (1 for 0)."""
    return len(_digits(c))


def _strip_zeros(c, e, limit):
    """(c, e) with trailing zeros of c moved into e, but e no higher than
    limit."""
    if c == 0:
        return c, e
    while e < limit and c % 10 == 0:
        c //= 10
        e += 1
    return c, e


def _round_up(sign, q, rest, mode):
    """Whether q (already truncated) rounds away from zero; rest is -1 when
    the dropped part is below half, 0 at half, 1 above, None when zero."""
    if rest is None:
        return False
    if mode == ROUND_DOWN:
        return False
    if mode == ROUND_UP:
        return True
    if mode == ROUND_CEILING:
        return not sign
    if mode == ROUND_FLOOR:
        return bool(sign)
    if mode == ROUND_05UP:
        return q % 5 == 0
    if rest:
        return rest > 0
    if mode == ROUND_HALF_UP:
        return True
    if mode == ROUND_HALF_DOWN:
        return False
    return q % 2 == 1


def _shift_round(sign, c, k, mode):
    """c with k > 0 low digits dropped under mode: (coefficient, inexact)."""
    if k > _ndigits(c):
        rest = -1 if c else None
        q = 0
    else:
        p = 10 ** k
        q, r = divmod(c, p)
        if r == 0:
            rest = None
        else:
            twice = 2 * r
            rest = (twice > p) - (twice < p)
    return q + _round_up(sign, q, rest, mode), rest is not None


def _new(sign, c, e, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._kind = kind
    return d


def _overflow(ctx, sign, mode):
    bits = _OVF | _INEX | _RND
    if (mode in (ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UP)
            or (mode == ROUND_CEILING and not sign)
            or (mode == ROUND_FLOOR and sign)):
        return _new(sign, 0, 0, _INF), bits
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1), bits


def _fix(ctx, sign, c, e, mode=None):
    """The finite value (-1)**sign * c * 10**e fitted to ctx: (Decimal,
    status bits)."""
    mode = mode or ctx.rounding
    p = ctx.prec
    etiny = ctx.Emin - p + 1
    etop = ctx.Emax - p + 1
    if c == 0:
        ne = min(max(e, etiny), etop if ctx.clamp else ctx.Emax)
        return _new(sign, 0, ne), (_CLAMP if ne != e else 0)
    nd = _ndigits(c)
    adj = e + nd - 1
    if adj > ctx.Emax:
        return _overflow(ctx, sign, mode)
    bits = _SUB if adj < ctx.Emin else 0
    low = max(e + nd - p, etiny)
    if e < low:
        c, inexact = _shift_round(sign, c, low - e, mode)
        e = low
        bits |= _RND
        if inexact:
            bits |= _INEX
            if bits & _SUB:
                bits |= _UNF
                if c == 0:
                    bits |= _CLAMP
        if c and _ndigits(c) > p:
            c //= 10
            e += 1
        if c and e + _ndigits(c) - 1 > ctx.Emax:
            return _overflow(ctx, sign, mode)
    if ctx.clamp and e > etop:
        c *= 10 ** (e - etop)
        e = etop
        bits |= _CLAMP
    return _new(sign, c, e), bits


def _nan_result(ctx, *ops):
    """The NaN an operation on ops gives (None if no operand is a NaN), with
    its status: an sNaN wins and signals InvalidOperation."""
    for d in ops:
        if d._kind == _SNAN:
            return _quiet(ctx, d), _INV
    for d in ops:
        if d._kind == _QNAN:
            return _quiet(ctx, d), 0
    return None


def _quiet(ctx, d):
    payload = d._int
    room = ctx.prec - ctx.clamp
    if payload and _ndigits(payload) > room:
        payload %= 10 ** room
    return _new(d._sign, payload, 0, _QNAN)


def _invalid(bits=_INV):
    return _new(0, 0, 0, _QNAN), bits


# -- conversion ---------------------------------------------------------

_NUMBER = re.compile(
    r'([-+])?(?=[0-9]|\.[0-9])([0-9]*)(?:\.([0-9]*))?(?:[eE]([-+]?[0-9]+))?\Z')
_SPECIAL = re.compile(r'([-+])?(?:(inf|infinity)|(s)?nan([0-9]*))\Z',
                      re.IGNORECASE)


def _from_str(text):
    """(Decimal, status) for the string text."""
    # python3 drops every underscore, wherever it stands
    s = text.strip().replace('_', '')
    m = _NUMBER.match(s)
    if m:
        sign = 1 if m.group(1) == '-' else 0
        whole, frac = m.group(2), m.group(3) or ''
        exp = int(m.group(4)) if m.group(4) else 0
        return _new(sign, _parse_digits(whole + frac), exp - len(frac)), 0
    m = _SPECIAL.match(s)
    if m:
        sign = 1 if m.group(1) == '-' else 0
        if m.group(2):
            return _new(sign, 0, 0, _INF), 0
        kind = _SNAN if m.group(3) else _QNAN
        return _new(sign, _parse_digits(m.group(4) or '0'), 0, kind), 0
    return _invalid(_CONV)


def _from_float(f):
    if f != f:
        return _new(1 if math.copysign(1.0, f) < 0 else 0, 0, 0, _QNAN)
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dig in digits:
        if not isinstance(dig, int) or not 0 <= dig <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dig
    if isinstance(exp, str):
        kinds = {'F': _INF, 'n': _QNAN, 'N': _SNAN}
        if exp not in kinds:
            raise ValueError("string argument in the third position must "
                             "be 'F', 'n' or 'N'")
        return _new(sign, 0 if exp == 'F' else c, 0, kinds[exp])
    if not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    return _new(sign, c, exp)


def _convert(other):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    return NotImplemented


def _convert_strict(other):
    d = _convert(other)
    if d is NotImplemented:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(other).__name__)
    return d


# -- context ------------------------------------------------------------

class _SignalDict(dict):
    """A Context's flags or traps: exactly the signals as keys."""

    def __setitem__(self, key, value):
        if key not in self:
            raise KeyError('valid values for signals are:\n'
                           '  [InvalidOperation, FloatOperation, '
                           'DivisionByZero,\n'
                           '   Overflow, Underflow, Subnormal, Inexact, '
                           'Rounded,\n'
                           '   Clamped]')
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % kv for kv in self.items()) + '}'


def _signal_dict(given):
    sd = _SignalDict((s, False) for s in _SIGNALS)
    if given is None:
        return sd
    if isinstance(given, dict):
        if len(given) != len(_SIGNALS) or any(s not in given
                                               for s in _SIGNALS):
            raise KeyError('invalid signal dict')
        for k, v in given.items():
            sd[k] = v
    else:
        for k in given:
            sd[k] = True
    return sd


def _check_range(name, value, lo, hi, text):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not lo <= value <= hi:
        raise ValueError('valid range for %s is %s' % (name, text))
    return value


class Context(object):
    """Precision, rounding, exponent limits, flags and traps of arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = globals().get('DefaultContext')
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = (rounding if rounding is not None else
                         (base.rounding if base else ROUND_HALF_EVEN))
        self.Emin = Emin if Emin is not None else (
            base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (
            base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (
            base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (
            base.clamp if base else 0)
        self.flags = _signal_dict(flags)
        if traps is None and base:
            traps = dict(base.traps)
        self.traps = _signal_dict(traps)

    def __setattr__(self, name, value):
        if name == 'prec':
            value = _check_range(name, value, 1, MAX_PREC, '[1, MAX_PREC]')
        elif name == 'Emax':
            value = _check_range(name, value, 0, MAX_EMAX, '[0, MAX_EMAX]')
        elif name == 'Emin':
            value = _check_range(name, value, MIN_EMIN, 0, '[MIN_EMIN, 0]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('%s must be an integer' % name)
            if value not in (0, 1):
                raise ValueError('valid values for %s are 0 or 1' % name)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(
                    'valid values for rounding are:\n'
                    '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                    '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                    '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            if not isinstance(value, _SignalDict):
                value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no "
                                 "attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        def names(sd):
            return ', '.join(s.__name__ for s in _REPR_ORDER if sd[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, names(self.flags),
                    names(self.traps)))

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax,
                          self.capitals, self.clamp,
                          [s for s in _SIGNALS if self.flags[s]],
                          [s for s in _SIGNALS if self.traps[s]]))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, bits):
        """Record bits as flags; raise the first trapped signal."""
        if bits & _ANY_INV:
            bits |= _INV
        trapped = []
        first = None
        for i, sig in enumerate(_SIGNALS):
            if not bits & (1 << i):
                continue
            self.flags[sig] = True
            if not self.traps[sig]:
                continue
            first = first or sig
            if sig is InvalidOperation:
                conds = [c for b, c in _CONDITIONS[1:] if bits & b]
                trapped.extend(conds or [InvalidOperation])
            else:
                trapped.append(sig)
        if first is not None:
            raise first(trapped)

    def _run(self, fn, *args):
        result, bits = fn(self, *args)
        if bits:
            self._signal(bits)
        return result

    def create_decimal(self, num='0'):
        # unlike Decimal(), no surrounding blanks and no underscores
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._run(lambda ctx: _invalid(_CONV))
        d = Decimal(num, self)
        if d._kind == _FINITE:
            return self._run(_fix, d._sign, d._int, d._exp)
        if d._kind != _INF and d._int and (
                _ndigits(d._int) > self.prec - self.clamp):
            return self._run(lambda ctx: _invalid(_CONV))
        return d

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _unary(name):
        def method(self, a, *rest):
            return getattr(_convert_strict(a), name)(*rest, context=self)
        method.__name__ = name
        return method

    def _binary(name):
        def method(self, a, b, *rest):
            return getattr(_convert_strict(a), name)(
                _convert_strict(b), *rest, context=self)
        method.__name__ = name
        return method

    for _n in ('abs', 'exp', 'ln', 'log10', 'sqrt', 'normalize', 'minus',
               'plus', 'to_integral_value', 'to_integral_exact',
               'number_class', 'is_normal', 'is_subnormal', 'to_sci_string',
               'to_eng_string', 'next_plus', 'next_minus', 'logb',
               'logical_invert'):
        locals()[_n] = _unary({'abs': '__abs__', 'minus': '__neg__',
                               'plus': '__pos__',
                               'to_sci_string': '_to_sci'}.get(_n, _n))
    for _n in ('add', 'subtract', 'multiply', 'divide', 'divide_int',
               'remainder', 'divmod', 'power', 'quantize', 'compare',
               'max', 'min', 'max_mag', 'min_mag', 'remainder_near',
               'scaleb', 'fma', 'compare_signal', 'compare_total',
               'same_quantum', 'logical_and', 'logical_or', 'logical_xor',
               'rotate', 'shift', 'next_toward'):
        locals()[_n] = _binary({'add': '__add__', 'subtract': '__sub__',
                                'multiply': '__mul__',
                                'divide': '__truediv__',
                                'divide_int': '__floordiv__',
                                'remainder': '__mod__',
                                'divmod': '__divmod__',
                                'power': '_power'}.get(_n, _n))
    del _n
    to_integral = to_integral_value

    def _predicate(name):
        def method(self, a):
            return getattr(_convert_strict(a), name)()
        return method

    for _n in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan',
               'is_signed', 'is_zero', 'is_canonical', 'copy_abs',
               'copy_negate', 'adjusted'):
        locals()[_n] = _predicate(_n)
    del _n, _unary, _binary, _predicate

    def copy_decimal(self, a):
        return Decimal(_convert_strict(a))

    def copy_sign(self, a, b):
        return _convert_strict(a).copy_sign(_convert_strict(b))

    def radix(self):
        return Decimal(10)


_local = threading.local()


def getcontext():
    """The current thread's context (a fresh copy of DefaultContext at
    first use)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _LocalContext(object):
    def __init__(self, ctx):
        self.new = ctx

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                     'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for "
                            "this function" % k)
        setattr(new, k, v)
    return _LocalContext(new)


# -- exact arithmetic on finite operands ---------------------------------

def _is_int(d):
    """Whether the finite d is an integer."""
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** min(-d._exp, _ndigits(d._int) + 1) == 0


def _to_int(d):
    if d._exp >= 0:
        v = d._int * 10 ** d._exp
    elif -d._exp > _ndigits(d._int):
        v = 0
    else:
        v = d._int // 10 ** -d._exp
    return -v if d._sign else v


def _adjusted(d):
    return d._exp + _ndigits(d._int) - 1 if d._int else d._exp


def _zero_sign(ctx, s1, s2):
    if s1 == s2:
        return s1
    return 1 if ctx.rounding == ROUND_FLOOR else 0


def _add(ctx, a, b, bsign=None):
    bsign = b._sign if bsign is None else bsign
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != bsign:
            return _invalid()
        return (_new(a._sign, 0, 0, _INF) if a._kind == _INF else
                _new(bsign, 0, 0, _INF)), 0
    c1, e1, c2, e2 = a._int, a._exp, b._int, b._exp
    if c1 and c2:
        # An operand wholly below the other's last digit and the rounding
        # point only sets the sticky bit: shrink it to one digit.
        p = ctx.prec
        if _adjusted(b) < min(e1, _adjusted(a) - p) - 1:
            c2, e2 = 1, min(e1, _adjusted(a) - p) - 2
        elif _adjusted(a) < min(e2, _adjusted(b) - p) - 1:
            c1, e1 = 1, min(e2, _adjusted(b) - p) - 2
    e = min(e1, e2)
    v1 = c1 * 10 ** (e1 - e) * (-1 if a._sign else 1)
    v2 = c2 * 10 ** (e2 - e) * (-1 if bsign else 1)
    v = v1 + v2
    if v == 0:
        return _fix(ctx, _zero_sign(ctx, a._sign, bsign), 0, e)
    return _fix(ctx, 1 if v < 0 else 0, abs(v), e)


def _mul(ctx, a, b):
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF or b._kind == _INF:
        if (a._kind != _INF and not a._int) or (
                b._kind != _INF and not b._int):
            return _invalid()
        return _new(sign, 0, 0, _INF), 0
    return _fix(ctx, sign, a._int * b._int, a._exp + b._exp)


def _quotient_digits(c1, c2, shift):
    """divmod of c1 * 10**shift by c2 (shift may be negative)."""
    if shift >= 0:
        return divmod(c1 * 10 ** shift, c2)
    return divmod(c1, c2 * 10 ** -shift)


def _div(ctx, a, b):
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid()
        return _new(sign, 0, 0, _INF), 0
    if b._kind == _INF:
        return _fix(ctx, sign, 0, ctx.Etiny())[0], _CLAMP
    if not b._int:
        if not a._int:
            return _invalid(_DIVUND)
        return _new(sign, 0, 0, _INF), _DIVZ
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(ctx, sign, 0, ideal)
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx.prec + 1
    q, r = _quotient_digits(a._int, b._int, shift)
    e = ideal - shift
    if r:
        q += q % 5 == 0
    else:
        q, e = _strip_zeros(q, e, ideal)
    return _fix(ctx, sign, q, e)


def _int_division(ctx, a, b):
    """Truncated quotient and remainder of finite a by finite nonzero b:
    (q, r_coefficient, r_exponent) or None when q needs more than prec
    digits."""
    e = min(a._exp, b._exp)
    if a._int == 0 or _adjusted(a) < _adjusted(b):
        return 0, a._int * 10 ** (a._exp - e), e
    if _adjusted(a) - _adjusted(b) > ctx.prec:
        return None
    q, r = divmod(a._int * 10 ** (a._exp - e), b._int * 10 ** (b._exp - e))
    if _ndigits(q) > ctx.prec:
        return None
    return q, r, e


def _divmod_special(ctx, a, b, want):
    """Special cases of //, % and divmod: (result, bits) or None; want is
    'q', 'r' or 'qr'."""
    nan = _nan_result(ctx, a, b)
    if nan:
        return (nan[0], nan[0]) if want == 'qr' else nan[0], nan[1]
    sign = a._sign ^ b._sign
    qnan, bits = _invalid()
    if a._kind == _INF:
        if b._kind == _INF:
            return ((qnan, qnan) if want == 'qr' else qnan), bits
        q = _new(sign, 0, 0, _INF)
        return {'q': (q, 0), 'r': (qnan, bits),
                'qr': ((q, qnan), bits)}[want]
    if b._kind == _INF:
        q = _new(sign, 0, 0)
        r, rbits = _fix(ctx, a._sign, a._int, a._exp)
        return {'q': (q, 0), 'r': (r, rbits), 'qr': ((q, r), rbits)}[want]
    if not b._int:
        if not a._int:
            return ((qnan, qnan) if want == 'qr' else qnan), _DIVUND
        q = _new(sign, 0, 0, _INF)
        return {'q': (q, _DIVZ), 'r': (qnan, _INV),
                'qr': ((q, qnan), _DIVZ | _INV)}[want]
    return None


def _divmod(ctx, a, b, want):
    special = _divmod_special(ctx, a, b, want)
    if special:
        return special
    sign = a._sign ^ b._sign
    parts = _int_division(ctx, a, b)
    if parts is None:
        qnan, bits = _invalid(_DIVIMP)
        return ((qnan, qnan) if want == 'qr' else qnan), bits
    q, r, e = parts
    quot, qbits = _fix(ctx, sign, q, 0)
    rem, rbits = _fix(ctx, a._sign, r, e)
    return {'q': (quot, qbits), 'r': (rem, rbits),
            'qr': ((quot, rem), qbits | rbits)}[want]


def _remainder_near(ctx, a, b):
    special = _divmod_special(ctx, a, b, 'r')
    if special:
        return special
    e = min(a._exp, b._exp)
    if a._int == 0 or _adjusted(a) < _adjusted(b) - 1:
        return _fix(ctx, a._sign, a._int * 10 ** (a._exp - e), e)
    if _adjusted(a) - _adjusted(b) > ctx.prec:
        return _invalid(_DIVIMP)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    q, r = divmod(x, y)
    if 2 * r > y or (2 * r == y and q % 2):
        q += 1
        r -= y
    if _ndigits(q) > ctx.prec:
        return _invalid(_DIVIMP)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(ctx, sign, r, e)


# -- fixed point transcendental cores -------------------------------------

def _atanh_inv(q, scale):
    """atanh(1/q) * scale (scale a power of ten), to a few units."""
    term = scale // q
    total = term
    q2 = q * q
    k = 1
    while term:
        term //= q2
        total += term // (2 * k + 1)
        k += 1
    return total


_LN_CACHE = {}


def _ln_consts(digits):
    """(ln 2, ln 10) * 10**digits, accurate to a unit."""
    cached = _LN_CACHE.get(digits)
    if cached is None:
        scale = 10 ** (digits + 10)
        ln2 = 2 * _atanh_inv(3, scale)
        ln10 = 3 * ln2 + 2 * _atanh_inv(9, scale)
        cached = (ln2 // 10 ** 10, ln10 // 10 ** 10)
        if len(_LN_CACHE) > 20:
            _LN_CACHE.clear()
        _LN_CACHE[digits] = cached
    return cached


def _ln_fixed(c, e, g):
    """ln(c * 10**e) * 10**g for c > 0, absolute error below 10 units."""
    nd = _ndigits(c)
    adj = e + nd - 1
    w = g + 10 + _ndigits(abs(adj))
    one = 10 ** w
    # the mantissa m = c / 10**(nd-1) in [1, 10), scaled by 10**w
    m = c * one // 10 ** (nd - 1)
    k = max(m.bit_length() - one.bit_length(), 0)
    y = m >> k
    if 3 * y > 4 * one:
        y >>= 1
        k += 1
    # m = y * 2**k with y in about [0.67, 1.34]
    z = abs(y - one) * one // (y + one)
    z2 = z * z // one
    term = total = z
    n = 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
    if y < one:
        total = -total
    ln2, ln10 = _ln_consts(w)
    result = 2 * total + k * ln2 + adj * ln10
    return result // 10 ** (w - g) if result >= 0 else -((-result) // 10 ** (
        w - g))


def _exp_fixed(t, g):
    """exp(t / 10**g) as (m, k), the value m * 10**k with relative error
    well below 10**(5 - g)."""
    w = g + 12
    n_guess = abs(t) // 10 ** g // 2 + 1
    big_scale = w + _ndigits(n_guess) + 2
    ln10 = _ln_consts(big_scale)[1]
    big = t * 10 ** (big_scale - g)
    # exp(t) = 10**n * exp(r) with |r| <= ln(10) / 2
    n = (2 * big + ln10) // (2 * ln10)
    r = (big - n * ln10) // 10 ** (big_scale - w)
    one = 10 ** w
    halvings = 8
    x = r >> halvings
    term = total = one
    i = 1
    while term:
        term = term * x // (one * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // one
    return total, n - w


def _ziv(ctx, sign, approx, mode, extra=0):
    """Round approx() (a function of working digits w giving (m, k) with
    relative error below 10**-w) to ctx with Ziv's loop: (Decimal, bits)."""
    w = ctx.prec + 10 + extra
    for attempt in range(6):
        m, k = approx(w)
        err = m // 10 ** w + 1
        lo, lob = _fix(ctx, sign, (m - err) * 10 + 1, k - 1, mode)
        hi, hib = _fix(ctx, sign, (m + err) * 10 - 1, k - 1, mode)
        if lo._int == hi._int and lo._exp == hi._exp and (
                lo._kind == hi._kind):
            return lo, lob
        w *= 2
    # Undecided: the value sits on a rounding boundary, so it is exact.
    q, _ = _shift_round(sign, m, _ndigits(m) - ctx.prec - 3,
                        ROUND_HALF_EVEN)
    return _fix(ctx, sign, q, k + _ndigits(m) - ctx.prec - 3, mode)[0], (
        _INEX | _RND)


def _exp_bounds(ctx, sign, logten, over_mode=None, under_mode=None):
    """Overflow or underflow of a result near 10**logten, or None."""
    if logten > ctx.Emax + 1:
        return _fix(ctx, sign, 1, ctx.Emax + 1, over_mode)
    if logten < ctx.Etiny() - 2:
        return _fix(ctx, sign, 1, ctx.Etiny() - 2, under_mode)
    return None


def _float_log10(d):
    """Rough log10 of the finite nonzero |d|."""
    s = _digits(d._int)
    return d._exp + len(s) - 1 + math.log10(float('0.' + s[:16]) * 10)


def _fixed_value(d, g):
    """The finite d * 10**g as an int, truncated toward zero."""
    v = d._int * 10 ** (d._exp + g) if d._exp + g >= 0 else (
        d._int // 10 ** -(d._exp + g))
    return -v if d._sign else v


def _exp(ctx, a):
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF:
        return (_new(0, 0, 0) if a._sign else _new(0, 0, 0, _INF)), 0
    if not a._int:
        return _new(0, 1, 0), 0
    p = ctx.prec
    if _adjusted(a) < -p - 2:
        return _fix(ctx, 0, 10 ** (p + 2) + (-1 if a._sign else 1), -p - 2,
                    ROUND_HALF_EVEN)
    if _adjusted(a) > 20:
        logten = float('-inf') if a._sign else float('inf')
    else:
        logten = float(str(a)) / math.log(10)
    bounds = _exp_bounds(ctx, 0, logten, ROUND_HALF_EVEN, ROUND_HALF_EVEN)
    if bounds:
        return bounds

    def approx(w):
        g = w + 5 + max(_adjusted(a), 0)
        return _exp_fixed(_fixed_value(a, g), g)
    return _ziv(ctx, 0, approx, ROUND_HALF_EVEN)


def _log_common(ctx, a, ten):
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF:
        return (_invalid() if a._sign else (_new(0, 0, 0, _INF), 0))
    if not a._int:
        return _new(1, 0, 0, _INF), 0
    if a._sign:
        return _invalid()
    c, e = _strip_zeros(a._int, a._exp, a._exp + _ndigits(a._int))
    if c == 1 and e == 0:
        return _new(0, 0, 0), 0
    if c == 1 and ten:
        return _fix(ctx, 1 if e < 0 else 0, abs(e), 0, ROUND_HALF_EVEN)

    def approx(w):
        g = w + 2
        while True:
            v = _ln_fixed(a._int, a._exp, g)
            if ten:
                lnten = _ln_consts(g + 5)[1]
                v = v * 10 ** (g + 5) // lnten
            if _ndigits(abs(v)) >= w + 2:
                return abs(v), -g
            g += w + 2 - _ndigits(abs(v)) + 2
    return _ziv(ctx, 1 if _adjusted(a) < 0 else 0, approx, ROUND_HALF_EVEN)


def _sqrt(ctx, a):
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._sign and (a._kind == _INF or a._int):
        return _invalid()
    if a._kind == _INF:
        return _new(0, 0, 0, _INF), 0
    ideal = a._exp // 2
    if not a._int:
        return _fix(ctx, a._sign, 0, ideal)
    p = ctx.prec
    shift = max(2 * (p + 1) - _ndigits(a._int), 0)
    if (a._exp - shift) % 2:
        shift += 1
    x = a._int * 10 ** shift
    r = math.isqrt(x)
    e = (a._exp - shift) // 2
    if r * r != x:
        r += r % 5 == 0
    else:
        r, e = _strip_zeros(r, e, ideal)
    return _fix(ctx, 0, r, e, ROUND_HALF_EVEN)


def _power_feasible(ctx, c, n):
    """Whether c ** n is small enough to compute exactly."""
    return c == 1 or _ndigits(c) * abs(n) <= max(4 * ctx.prec, 1000)


def _int_power_exact(ctx, a, n):
    """a ** n for integer n != 0, when the exact value is small enough to
    compute: (Decimal, bits) or None."""
    c, e = _strip_zeros(a._int, a._exp, a._exp + _ndigits(a._int))
    zeros = (e - a._exp) * abs(n)
    if not _power_feasible(ctx, c, n):
        return None
    sign = a._sign if n % 2 else 0
    c = c ** abs(n)
    # keep the zeros the exact result has, as far as rounding sees them
    pad = min(zeros, max(ctx.prec + 1 - _ndigits(c), 0))
    c, e = c * 10 ** pad, e * abs(n) - pad
    if n > 0:
        return _fix(ctx, sign, c, e)
    return _div(ctx, _new(sign, 1, 0), _new(0, c, e))


def _int_power_approx(ctx, a, n, w):
    """|a| ** n by squaring with w-digit truncation: (m, k)."""
    def trunc(c, e):
        extra = _ndigits(c) - w
        if extra > 0:
            return c // 10 ** extra, e + extra
        return c, e
    rc, re_ = 1, 0
    bc, be = a._int, a._exp
    m = abs(n)
    while m:
        if m & 1:
            rc, re_ = trunc(rc * bc, re_ + be)
        m >>= 1
        if m:
            bc, be = trunc(bc * bc, be + be)
    if n < 0:
        shift = w + _ndigits(rc) + 2
        return 10 ** shift // rc, -shift - re_
    return rc, re_


def _pow_special(ctx, a, b):
    """Special cases of a ** b (NaNs, zeros, infinities): (Decimal, bits)
    or None."""
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    b_int = b._kind == _FINITE and _is_int(b)
    odd = b_int and _to_int(b) % 2 == 1 if b._kind == _FINITE else False
    if b._kind == _FINITE and not b._int:
        if a._kind == _FINITE and not a._int:
            return _invalid()
        return _new(0, 1, 0), 0
    if a._sign and (a._kind == _INF or a._int) and not b_int:
        return _invalid()
    sign = a._sign if odd else 0
    if a._kind == _INF or (a._kind == _FINITE and not a._int):
        big = (a._kind == _INF) != bool(b._sign)
        return (_new(sign, 0, 0, _INF) if big else _new(sign, 0, 0)), 0
    if b._kind == _INF:
        cmp_one = _cmp(_new(0, a._int, a._exp), _new(0, 1, 0))
        if cmp_one == 0:
            return _fix(ctx, 0, 10 ** (ctx.prec + 1) + 1, -ctx.prec - 1)
        if (cmp_one > 0) != bool(b._sign):
            return _new(0, 0, 0, _INF), 0
        return _new(0, 0, 0), 0
    return None


def _power(ctx, a, b):
    special = _pow_special(ctx, a, b)
    if special:
        return special
    p = ctx.prec
    if _is_int(b):
        n = _to_int(b)
        sign = a._sign if n % 2 else 0
        # python3 rounds a far underflow of a small power, or of any
        # power under a wide exponent range, to zero
        small = ctx.Emin < -99999 or _power_feasible(
            ctx, _strip_zeros(a._int, 0, 1 << 62)[0], n)
        bounds = _exp_bounds(ctx, sign, _float_log10(a) * n, None,
                             ROUND_HALF_EVEN if small else None)
        if bounds:
            return bounds
        exact = _int_power_exact(ctx, a, n)
        if exact:
            return exact
        return _ziv(ctx, sign, lambda w: _int_power_approx(
            ctx, a, n, w + _ndigits(abs(n)) + 5), ctx.rounding)
    c, e = _strip_zeros(a._int, a._exp, 0)
    if c == 1 and e == 0:
        return _fix(ctx, 0, 10 ** (p + 1) + 1, -p - 1, ROUND_DOWN)
    bounds = _exp_bounds(ctx, 0, _float_log10(a) * float(str(b)))
    if bounds:
        return bounds

    def approx(w):
        g = w + 8 + max(_adjusted(b), 0) + _ndigits(abs(_adjusted(a)))
        t = _ln_fixed(a._int, a._exp, g) * (-b._int if b._sign else b._int)
        t = t * 10 ** b._exp if b._exp >= 0 else t // 10 ** -b._exp
        return _exp_fixed(t, g)
    return _ziv(ctx, 0, approx, ctx.rounding)


def _cmp(a, b):
    """-1, 0 or 1 comparing a and b, neither a NaN."""
    if a._kind == _INF or b._kind == _INF:
        va = (-1 if a._sign else 1) if a._kind == _INF else 0
        vb = (-1 if b._sign else 1) if b._kind == _INF else 0
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    aa, ab = _adjusted(a), _adjusted(b)
    if aa != ab:
        return flip if aa > ab else -flip
    e = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - e)
    y = b._int * 10 ** (b._exp - e)
    return flip * ((x > y) - (x < y))


def _quantize(ctx, a, b, mode=None):
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF:
            return _new(a._sign, 0, 0, _INF), 0
        return _invalid()
    mode = mode or ctx.rounding
    e = b._exp
    if not ctx.Etiny() <= e <= ctx.Emax:
        return _invalid()
    if not a._int:
        return _fix(ctx, a._sign, 0, e)
    if _adjusted(a) - e + 1 > ctx.prec:
        return _invalid()
    c, bits = a._int, 0
    if e > a._exp:
        c, inexact = _shift_round(a._sign, c, e - a._exp, mode)
        bits = _RND | (_INEX if inexact else 0)
    else:
        c *= 10 ** (a._exp - e)
    if c and (_ndigits(c) > ctx.prec or e + _ndigits(c) - 1 > ctx.Emax):
        return _invalid()
    if c and e + _ndigits(c) - 1 < ctx.Emin:
        bits |= _SUB
    result, fbits = _fix(ctx, a._sign, c, e)
    return result, bits | fbits


def _to_integral(ctx, a, mode, exact):
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF or a._exp >= 0:
        return a, 0
    c, inexact = _shift_round(a._sign, a._int, -a._exp, mode or ctx.rounding)
    bits = (_RND | (_INEX if inexact else 0)) if exact and a._int else 0
    return _new(a._sign, c, 0), bits


def _normalize(ctx, a):
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF:
        return a, 0
    d, bits = _fix(ctx, a._sign, a._int, a._exp)
    if d._kind == _INF:
        return d, bits
    if not d._int:
        return _new(d._sign, 0, 0), bits
    top = ctx.Etop() if ctx.clamp else ctx.Emax
    c, e = _strip_zeros(d._int, d._exp, top)
    return _new(d._sign, c, e), bits


def _minmax(ctx, a, b, want, mag=False):
    """max (want=1) or min (want=-1) of a and b, as the spec orders equal
    values; a quiet NaN loses to a number."""
    if a._kind == _SNAN or b._kind == _SNAN:
        return _nan_result(ctx, a, b)
    if a._kind == _QNAN or b._kind == _QNAN:
        if a._kind == _QNAN and b._kind == _QNAN:
            return _nan_result(ctx, a, b)
        keep = b if a._kind == _QNAN else a
        return _fix_any(ctx, keep)
    c = _cmp(a.copy_abs(), b.copy_abs()) if mag else 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        c = _total_order_equal(a, b)
    return _fix_any(ctx, a if c == want else b)


def _total_order_equal(a, b):
    """Order of numerically equal a and b: negative sign first, then by
    exponent (larger exponents are larger for positive values)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    if a._exp == b._exp:
        return 0
    r = 1 if a._exp > b._exp else -1
    return -r if a._sign else r


def _fix_any(ctx, d):
    if d._kind == _FINITE:
        return _fix(ctx, d._sign, d._int, d._exp)
    return d, 0


def _compare_total(a, b):
    """-1, 0, 1 in the spec's total order."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ka = {_FINITE: 0, _INF: 1, _QNAN: 3, _SNAN: 2}
    if a._kind != b._kind and (a._kind > _INF or b._kind > _INF):
        r = ka[a._kind] - ka[b._kind]
        return flip * ((r > 0) - (r < 0))
    if a._kind > _INF:
        return flip * ((a._int > b._int) - (a._int < b._int))
    c = _cmp(a, b)
    if c:
        return c
    return _total_order_equal(a, b)


def _pow_modulo(ctx, a, b, m):
    nan = _nan_result(ctx, a, b, m)
    if nan:
        return nan
    if any(d._kind != _FINITE or not _is_int(d) for d in (a, b, m)):
        return _invalid()
    if b._sign or not m._int or (not a._int and not b._int):
        return _invalid()
    mod = abs(_to_int(m))
    if _ndigits(mod) > ctx.prec:
        return _invalid()
    n = _to_int(b)
    v = pow(abs(_to_int(a)), n, mod)
    return _new(a._sign if n % 2 else 0, v, 0), 0


def _arith(fn, reflected=False):
    """A binary operator method over Decimals and ints running fn."""
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if reflected:
            return ctx._run(fn, other, self)
        return ctx._run(fn, self, other)
    return method


def _sub(ctx, a, b):
    return _add(ctx, a, b, b._sign ^ 1)


def _plus(ctx, a, sign=None):
    sign = a._sign if sign is None else sign
    if a._kind == _FINITE and not a._int:
        sign = sign if sign == 0 or a._sign == 0 or ctx.rounding == \
            ROUND_FLOOR else 0
        if sign and ctx.rounding != ROUND_FLOOR:
            sign = 0
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF:
        return _new(sign, 0, 0, _INF), 0
    return _fix(ctx, sign, a._int, a._exp)


class Decimal(object):
    """A decimal floating point number: sign, integer coefficient and
    exponent, or an infinity or NaN."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            d, bits = _from_str(value)
            if bits:
                (context or getcontext())._signal(bits)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _convert(value)
        elif isinstance(value, float):
            (context or getcontext())._signal(_FLOAT)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        obj = object.__new__(cls)
        obj._sign, obj._int, obj._exp, obj._kind = (
            d._sign, d._int, d._exp, d._kind)
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _convert(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- text ------------------------------------------------------------

    def _to_sci(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._kind == _INF:
            return sign + 'Infinity'
        if self._kind != _FINITE:
            return sign + ('sNaN' if self._kind == _SNAN else 'NaN') + (
                _digits(self._int) if self._int else '')
        digits = _digits(self._int)
        exp = self._exp
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            text = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            text = digits + '0' * (dot - len(digits))
        else:
            text = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            capitals = (context or getcontext()).capitals
            text += ('E' if capitals else 'e') + '%+d' % (left - dot)
        return sign + text

    def __str__(self, eng=False, context=None):
        return self._to_sci(eng, context)

    def to_eng_string(self, context=None):
        return self._to_sci(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in _digits(self._int))
        if self._kind != _FINITE:
            return DecimalTuple(self._sign, digits if self._int else (),
                                'N' if self._kind == _SNAN else 'n')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # -- comparison and hashing ---------------------------------------------

    def _comparable(self, other, ordering):
        """(a, b) to compare for self and other, None when a NaN makes
        them unordered, NotImplemented for foreign types."""
        a = self
        if isinstance(other, float):
            ctx = getcontext()
            if ordering:
                ctx._signal(_FLOAT)
            else:
                ctx.flags[FloatOperation] = True
            other = _from_float(other)
        elif isinstance(other, complex):
            if ordering or other.imag:
                return NotImplemented
            return self._comparable(other.real, ordering)
        elif (isinstance(other, numbers.Rational)
              and not isinstance(other, int)):
            if self._kind == _FINITE:
                a = _new(self._sign, self._int * other.denominator,
                         self._exp)
            other = other.numerator
        other = _convert(other)
        if other is NotImplemented:
            return other
        if self._kind > _INF or other._kind > _INF:
            snan = _SNAN in (self._kind, other._kind)
            if ordering or snan:
                getcontext()._signal(_INV)
            return None
        return a, other

    def _compare_with(self, other, ordering, test):
        pair = self._comparable(other, ordering)
        if pair is NotImplemented:
            return pair
        if pair is None:
            return False
        return test(_cmp(*pair))

    def __eq__(self, other):
        return self._compare_with(other, False, lambda c: c == 0)

    def __lt__(self, other):
        return self._compare_with(other, True, lambda c: c < 0)

    def __le__(self, other):
        return self._compare_with(other, True, lambda c: c <= 0)

    def __gt__(self, other):
        return self._compare_with(other, True, lambda c: c > 0)

    def __ge__(self, other):
        return self._compare_with(other, True, lambda c: c >= 0)

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == _QNAN:
            return object.__hash__(self)
        if self._kind == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        m = _HASH_MODULUS
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, m) % m
        else:
            h = self._int * pow(pow(10, m - 2, m), -self._exp, m) % m
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._kind != _FINITE or self._int != 0

    # -- conversion ----------------------------------------------------------

    def _check_integral(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._check_integral()
        return _to_int(self)

    __trunc__ = __int__

    def _rounded_int(self, mode):
        self._check_integral()
        return _to_int(_to_integral(getcontext(), self, mode, False)[0])

    def __floor__(self):
        return self._rounded_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._rounded_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._rounded_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._kind == _QNAN:
            return -float('nan') if self._sign else float('nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- arithmetic ------

    __add__ = _arith(_add)
    __radd__ = _arith(_add, True)
    __sub__ = _arith(_sub)
    __rsub__ = _arith(_sub, True)
    __mul__ = _arith(_mul)
    __rmul__ = _arith(_mul, True)
    __truediv__ = _arith(_div)
    __rtruediv__ = _arith(_div, True)
    __floordiv__ = _arith(lambda c, a, b: _divmod(c, a, b, 'q'))
    __rfloordiv__ = _arith(lambda c, a, b: _divmod(c, a, b, 'q'), True)
    __mod__ = _arith(lambda c, a, b: _divmod(c, a, b, 'r'))
    __rmod__ = _arith(lambda c, a, b: _divmod(c, a, b, 'r'), True)
    __divmod__ = _arith(lambda c, a, b: _divmod(c, a, b, 'qr'))
    __rdivmod__ = _arith(lambda c, a, b: _divmod(c, a, b, 'qr'), True)
    __rpow__ = _arith(_power, True)
    remainder_near = _arith(_remainder_near)
    _plain_pow = _arith(_power)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is None:
            return self._plain_pow(other, context)
        other, modulo = _convert(other), _convert(modulo)
        if other is NotImplemented or modulo is NotImplemented:
            return NotImplemented
        return (context or getcontext())._run(_pow_modulo, self, other,
                                              modulo)

    def _power(self, other, modulo=None, context=None):
        return self.__pow__(other, modulo, context)

    def _unary(self, fn, context, *args):
        return (context or getcontext())._run(fn, self, *args)

    def __neg__(self, context=None):
        return self._unary(_plus, context, self._sign ^ 1)

    def __pos__(self, context=None):
        return self._unary(_plus, context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(_plus, context, 0)

    def sqrt(self, context=None):
        return self._unary(_sqrt, context)

    def exp(self, context=None):
        return self._unary(_exp, context)

    def ln(self, context=None):
        return self._unary(_log_common, context, False)

    def log10(self, context=None):
        return self._unary(_log_common, context, True)

    def normalize(self, context=None):
        return self._unary(_normalize, context)

    def to_integral_value(self, rounding=None, context=None):
        return self._unary(_to_integral, context, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._unary(_to_integral, context, rounding, True)

    def quantize(self, exp, rounding=None, context=None):
        return self._unary(_quantize, context, _convert_strict(exp),
                           rounding)

    def _binary(self, fn, other, context, *args):
        return self._unary(fn, context, _convert_strict(other), *args)

    def max(self, other, context=None):
        return self._binary(_minmax, other, context, 1)

    def min(self, other, context=None):
        return self._binary(_minmax, other, context, -1)

    def max_mag(self, other, context=None):
        return self._binary(_minmax, other, context, 1, True)

    def min_mag(self, other, context=None):
        return self._binary(_minmax, other, context, -1, True)

    def compare(self, other, context=None):
        return self._binary(_compare_op, other, context, False)

    def compare_signal(self, other, context=None):
        return self._binary(_compare_op, other, context, True)

    def compare_total(self, other, context=None):
        return Decimal(_compare_total(self, _convert_strict(other)))

    def compare_total_mag(self, other, context=None):
        return Decimal(_compare_total(self.copy_abs(),
                                      _convert_strict(other).copy_abs()))

    def fma(self, other, third, context=None):
        other, third = _convert_strict(other), _convert_strict(third)
        return self._unary(_fma, context, other, third)

    def scaleb(self, other, context=None):
        return self._binary(_scaleb, other, context)

    def logical_and(self, other, context=None):
        return self._binary(_logical, other, context, operator.and_)

    def logical_or(self, other, context=None):
        return self._binary(_logical, other, context, operator.or_)

    def logical_xor(self, other, context=None):
        return self._binary(_logical, other, context, operator.xor)

    def logical_invert(self, context=None):
        ctx = context or getcontext()
        return self.logical_xor(_new(0, _parse_digits('1' * ctx.prec), 0), ctx)

    def rotate(self, other, context=None):
        return self._binary(_digit_shift, other, context, True)

    def shift(self, other, context=None):
        return self._binary(_digit_shift, other, context, False)

    def next_toward(self, other, context=None):
        return self._binary(_next_toward, other, context)

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind == _INF) == (other._kind == _INF) and (
                (self._kind > _INF) == (other._kind > _INF))
        return self._exp == other._exp

    # -- sign and predicates ------

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _new(other._sign, self._int, self._exp, self._kind)

    def adjusted(self):
        return _adjusted(self) if self._kind == _FINITE else 0

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind > _INF

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._int == 0

    def is_normal(self, context=None):
        return (self._kind == _FINITE and self._int != 0 and
                _adjusted(self) >= (context or getcontext()).Emin)

    def is_subnormal(self, context=None):
        return (self._kind == _FINITE and self._int != 0 and
                _adjusted(self) < (context or getcontext()).Emin)

    def number_class(self, context=None):
        if self._kind == _SNAN:
            return 'sNaN'
        if self._kind == _QNAN:
            return 'NaN'
        if self._kind == _INF:
            name = 'Infinity'
        elif not self._int:
            name = 'Zero'
        elif self.is_subnormal(context):
            name = 'Subnormal'
        else:
            name = 'Normal'
        return ('-' if self._sign else '+') + name

    def next_plus(self, context=None):
        return self._unary(_next, context, 0)

    def next_minus(self, context=None):
        return self._unary(_next, context, 1)

    def logb(self, context=None):
        return self._unary(_logb, context)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


def _compare_op(ctx, a, b, signal):
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan[0], nan[1] | (_INV if signal else 0)
    c = _cmp(a, b)
    return _new(1 if c < 0 else 0, abs(c), 0), 0


def _next(ctx, a, down):
    """The neighbour of a toward +Infinity (down=0) or -Infinity."""
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF:
        if a._sign == down:
            return a, 0
        return _new(a._sign, 10 ** ctx.prec - 1, ctx.Etop()), 0
    step = ctx.copy()
    step.rounding = ROUND_FLOOR if down else ROUND_CEILING
    tiny = _new(down, 1, min(a._exp, ctx.Etiny()) - 2)
    result, bits = _add(step, a, tiny)
    return result, bits & ~(_INEX | _RND | _SUB | _UNF | _CLAMP | _OVF)


def _logb(ctx, a):
    nan = _nan_result(ctx, a)
    if nan:
        return nan
    if a._kind == _INF:
        return _new(0, 0, 0, _INF), 0
    if not a._int:
        return _new(1, 0, 0, _INF), _DIVZ
    n = _adjusted(a)
    return _fix(ctx, 1 if n < 0 else 0, abs(n), 0)


def _fma(ctx, a, b, c):
    if a._kind == _FINITE and b._kind == _FINITE:
        product = _new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    else:
        nan = _nan_result(ctx, a, b, c)
        if nan:
            return nan
        product, bits = _mul(ctx, a, b)
        if bits:
            return product, bits
    return _add(ctx, product, c)


def _scaleb(ctx, a, b):
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    if b._kind != _FINITE or not _is_int(b) or b._exp > 0:
        return _invalid()
    n = _to_int(b)
    if abs(n) > 2 * (ctx.Emax + ctx.prec):
        return _invalid()
    if a._kind == _INF:
        return a, 0
    return _fix(ctx, a._sign, a._int, a._exp + n)


_SPEC = re.compile(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?([0-9]+)?(,)?'
                   r'(?:\.([0-9]+))?([eEfFgGn%])?\Z', re.DOTALL)


def _format_digits(d, kind, prec, mode):
    """The unsigned text of the finite d under format type kind, without
    padding or grouping: (integer part, rest)."""
    c, e = d._int, d._exp
    if kind == '%':
        e += 2
    if prec is not None:
        if kind in 'eE':
            drop = _ndigits(c) - (prec + 1)
        elif kind in 'fF%':
            drop = -prec - e
        else:
            drop = _ndigits(c) - max(prec, 1)
        if drop > 0:
            c, _ = _shift_round(d._sign, c, drop, mode)
            e += drop
            if kind not in 'fF%' and _ndigits(c) > (
                    prec + 1 if kind in 'eE' else max(prec, 1)):
                c //= 10
                e += 1
        elif drop < 0 and kind not in 'gG' and (c or kind not in 'eE'):
            c, e = c * 10 ** -drop, e + drop
    if c == 0 and e > 0 and kind in 'fF%':
        e = 0
    digits = _digits(c)
    left = e + len(digits)
    if kind in 'eE':
        dot = 1 - prec if (c == 0 and prec is not None) else 1
    elif kind in 'fF%':
        dot = left
    else:
        dot = left if (e <= 0 and left > -6) else 1
    if dot <= 0:
        whole, frac = '0', '0' * -dot + digits
    elif dot >= len(digits):
        whole, frac = digits + '0' * (dot - len(digits)), ''
    else:
        whole, frac = digits[:dot], digits[dot:]
    exp = left - dot
    rest = frac
    if kind in 'eE' or (kind in 'gG' and exp != 0):
        rest += ('E' if kind in 'EG' else 'e') + '%+d' % exp
    return whole, rest, c == 0


def _group(whole, sep):
    if not sep:
        return whole
    parts = []
    while len(whole) > 3:
        parts.append(whole[-3:])
        whole = whole[:-3]
    parts.append(whole)
    return sep.join(reversed(parts))


def _format(d, spec, context=None):
    """format(d, spec) as python3 writes it."""
    m = _SPEC.match(spec)
    fill, align, sign, z, zero, width, sep, prec, kind = (
        m.groups() if m else [None] * 9)
    if m is None or (zero and align) or (sep and kind == 'n'):
        raise ValueError('invalid format string')
    ctx = context or getcontext()
    width = int(width or 0)
    prec = int(prec) if prec is not None else None
    if kind is None or kind == 'n':
        kind = ('G' if ctx.capitals else 'g') if kind is None else 'g'
    neg = d._sign
    if d._kind != _FINITE:
        body = d.copy_abs()._to_sci()
        if kind == '%':
            body += '%'
        whole, rest = body, ''
    else:
        whole, rest, is_zero = _format_digits(d, kind, prec, ctx.rounding)
        if rest and rest[0] not in 'eE':
            rest = '.' + rest
        if kind == '%':
            rest += '%'
        # python3 keeps the sign of a negative value rounded to zero by F
        if z and is_zero and (kind != 'F' or not d._int):
            neg = 0
    signch = '-' if neg else ('' if sign in (None, '-') else sign)
    if zero and not fill and d._kind == _FINITE:
        fill, align = '0', align or '='
    fill = fill or ' '
    align = align or '>'
    if d._kind == _FINITE and zero and sep:
        while len(signch + _group(whole, sep) + rest) < width:
            whole = '0' + whole
        return signch + _group(whole, sep) + rest
    body = _group(whole, sep) + rest if d._kind == _FINITE else whole
    pad = max(width - len(signch) - len(body), 0)
    if align == '<':
        return signch + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + signch + body + fill * (pad - pad // 2)
    if align == '=':
        return signch + fill * pad + body
    return fill * pad + signch + body


def _logical_digits(ctx, d):
    """d's coefficient as ctx.prec binary digits, or None when d is not a
    logical operand (finite, positive, exponent 0, digits 0 and 1 only).
    A longer coefficient keeps its last ctx.prec digits."""
    if d._kind != _FINITE or d._sign or d._exp:
        return None
    text = _digits(d._int)
    if text.strip('01'):
        return None
    return text.zfill(ctx.prec)[-ctx.prec:]


def _logical(ctx, a, b, op):
    x, y = _logical_digits(ctx, a), _logical_digits(ctx, b)
    if x is None or y is None:
        return _invalid()
    bits = ''.join(str(op(int(p), int(q))) for p, q in zip(x, y))
    return _new(0, _parse_digits(bits), 0), 0


def _digit_shift(ctx, a, b, rotate):
    """a's coefficient, as ctx.prec digits, rotated or shifted left by the
    integer b (right when negative; |b| at most ctx.prec)."""
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    if b._kind != _FINITE or b._exp or abs(b._int) > ctx.prec:
        return _invalid()
    if a._kind == _INF:
        return a, 0
    n = _to_int(b) % ctx.prec if rotate else _to_int(b)
    digits = _digits(a._int).zfill(ctx.prec)[-ctx.prec:]
    if rotate:
        moved = digits[n:] + digits[:n]
    elif n >= 0:
        moved = (digits + '0' * n)[-ctx.prec:]
    else:
        moved = digits[:n] or '0'
    return _new(a._sign, _parse_digits(moved), a._exp), 0


def _next_toward(ctx, a, b):
    nan = _nan_result(ctx, a, b)
    if nan:
        return nan
    order = _cmp(a, b)
    if order == 0:
        return _new(b._sign, a._int, a._exp, a._kind), 0
    result, bits = _next(ctx, a, 1 if order > 0 else 0)
    if result._kind == _INF:
        bits |= _OVF | _INEX | _RND
    elif result._int and _adjusted(result) < ctx.Emin:
        bits |= _UNF | _SUB | _INEX | _RND
    elif not result._int:
        bits |= _UNF | _SUB | _INEX | _RND | _CLAMP
    return result, bits


# A Decimal is a Number but not a Real: it does not mix with floats.
numbers.Number.register(Decimal)

try:
    from collections import namedtuple as _namedtuple
    DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')
except ImportError:
    DecimalTuple = tuple

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
    flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[],
                          flags=[])
