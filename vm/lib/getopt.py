"""Command-line option parsing in the manner of C's getopt().

Short options are letters in 'shortopts', a letter followed by ':' taking
an argument; long options are names in 'longopts', a name ending in '='
taking one.  A long option may be shortened to any unique prefix.
getopt stops at the first non-option argument; gnu_getopt lets options and
arguments mix unless shortopts starts with '+' or POSIXLY_CORRECT is set.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args"""
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _take_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _take_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args, with options
    and non-option arguments intermixed (GNU style)."""
    opts = []
    prog_args = []
    longopts = _long_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            prog_args += args[1:]
            break
        if arg.startswith('--'):
            args = _take_long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            args = _take_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            prog_args += args
            break
        else:
            prog_args.append(arg)
            args = args[1:]
    return opts, prog_args


def _take_long(opts, opt, longopts, args):
    """Append the long option 'opt' (without '--') to opts; return the
    arguments left after it and its value."""
    optarg = None
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    has_arg, opt = _long_has_arg(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return args


def _long_has_arg(opt, longopts):
    """(takes an argument, full name) for opt, a long option or a unique
    prefix of one."""
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = matches[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _take_shorts(opts, optstring, shortopts, args):
    """Append the short options grouped in optstring (e.g. 'vxo' from
    '-vxofile') to opts; an option taking an argument takes the rest of
    the group, or the next argument if the group ends there."""
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt,
                                      opt)
                optstring, args = args[0], args[1:]
            opts.append(('-' + opt, optstring))
            optstring = ''
        else:
            opts.append(('-' + opt, ''))
    return args


def _short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
