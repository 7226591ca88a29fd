"""Parser for command line options in the style of the C getopt() function.

getopt() stops at the first argument that is not an option; gnu_getopt()
lets options and other arguments mix, as GNU getopt does.  Both return
(options, remaining arguments), options as (option, value) pairs with
the dashes kept ('-a', '--alpha') and '' for options without a value."""

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


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses the argument list args (without the program name).  shortopts
    lists the option letters, a letter followed by ':' taking a value;
    longopts lists the long option names, a name ending in '=' taking a
    value."""
    opts = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    args = list(args)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may come in any order.

    A shortopts string starting with '+' (or the POSIXLY_CORRECT variable
    in the environment) stops at the first non-option, as getopt() does."""
    opts = []
    other = []
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    stop_at_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_first = True
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            other += args[1:]
            break
        if arg.startswith('--'):
            opts, args = _do_long(opts, arg[2:], longopts, args[1:])
        elif arg.startswith('-') and arg != '-':
            opts, args = _do_short(opts, arg[1:], shortopts, args[1:])
        elif stop_at_first:
            other += args
            break
        else:
            other.append(arg)
            args = args[1:]
    return opts, other


def _do_long(opts, opt, longopts, args):
    value = None
    if '=' in opt:
        opt, value = opt.split('=', 1)
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, value or ''))
    return opts, args


# An unambiguous prefix of a long option name stands for it.
def _long_has_args(opt, longopts):
    candidates = [o for o in longopts if o.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _do_short(opts, optstring, shortopts, args):
    while optstring:
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ''
        else:
            value = ''
        opts.append(('-' + opt, value))
    return opts, args


def _short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
