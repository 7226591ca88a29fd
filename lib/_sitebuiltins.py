"""The Python half of the builtins that CPython's site module adds.

help(object) prints an object's signature and docstring.  There is no
pydoc in gilpy, so this is a short text rather than pydoc's full page, and
help() with no argument does not start an interactive help utility.  The
_Helper and _Printer objects themselves are built in C
(src/modules/sitebuiltins.c), which imports this module on first use."""

import sys


def _indent(text, prefix='    '):
    lines = text.expandtabs().split('\n')
    # Strip the common indentation of the lines after the first, as
    # inspect.cleandoc does.
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            n = len(line) - len(stripped)
            margin = n if margin is None else min(margin, n)
    out = [lines[0].strip()]
    for line in lines[1:]:
        out.append(line[margin or 0:].rstrip())
    while out and not out[-1]:
        out.pop()
    return '\n'.join(prefix + line if line else '' for line in out)


def _signature(obj):
    """The parameter list of a Python function, '(...)' for anything else."""
    func = getattr(obj, '__func__', obj)
    code = getattr(func, '__code__', None)
    if code is None:
        return '(...)'
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = getattr(func, '__defaults__', None) or ()
    kwdefaults = getattr(func, '__kwdefaults__', None) or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i >= first_default:
            parts.append('%s=%r' % (names[i], defaults[i - first_default]))
        else:
            parts.append(names[i])
        if i == code.co_posonlyargcount - 1:
            parts.append('/')
    i = npos + nkw
    if code.co_flags & 0x04:
        parts.append('*' + names[i])
        i += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        if name in kwdefaults:
            parts.append('%s=%r' % (name, kwdefaults[name]))
        else:
            parts.append(name)
    if code.co_flags & 0x08:
        parts.append('**' + names[i])
    if obj is not func and parts:
        parts.pop(0)
    return '(' + ', '.join(parts) + ')'


def _describe(obj):
    """The lines help() prints for obj."""
    doc = getattr(obj, '__doc__', None)
    module = getattr(obj, '__module__', None)
    where = ' in module ' + module if isinstance(module, str) else ''
    name = getattr(obj, '__name__', None)
    if type(obj).__name__ == 'module':
        head = 'Help on module %s:' % name
        body = 'NAME\n    %s' % name
        if doc:
            body += '\n\nDESCRIPTION\n' + _indent(doc)
        return head + '\n\n' + body + '\n'
    if isinstance(obj, type):
        bases = ', '.join(b.__name__ for b in obj.__bases__)
        lines = ['Help on class %s%s:' % (name, where), '',
                 'class %s(%s)' % (name, bases)]
        if doc:
            lines.append(_indent(doc, ' |  '))
        methods = sorted(k for k, v in obj.__dict__.items()
                         if callable(v) and not k.startswith('_'))
        if methods:
            lines.append(' |  ')
            lines.append(' |  Methods defined here:')
            for k in methods:
                lines.append(' |  ')
                lines.append(' |  ' + k + _signature(obj.__dict__[k]))
        return '\n'.join(lines) + '\n'
    if callable(obj) and name is not None:
        if hasattr(obj, '__code__') or hasattr(obj, '__func__'):
            kind = 'method' if hasattr(obj, '__func__') else 'function'
        else:
            kind = 'built-in function'
        lines = ['Help on %s %s%s:' % (kind, name, where), '', name + _signature(obj)]
        if doc:
            lines.append(_indent(doc))
        return '\n'.join(lines) + '\n'
    return _describe(type(obj))


def help(*args, **kwds):
    if kwds:
        raise TypeError('help() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('help() takes at most 1 argument (%d given)' % len(args))
    if not args:
        print('Interactive help is not available in gilpy (there is no pydoc).')
        print('Use help(object) for help about object.')
        return
    request = args[0]
    if isinstance(request, str):
        import builtins
        if hasattr(builtins, request):
            request = getattr(builtins, request)
        else:
            try:
                __import__(request)
                request = sys.modules[request]
            except ImportError:
                print('No Python documentation found for %r.' % (request,))
                print('Use help() to get the interactive help utility.')
                print('Use help(str) for help on the str class.')
                return
    print(_describe(request))


class anext_awaitable:
    """What anext(aiterator, default) returns: awaiting it gives the next
    item, or the default when the iterator is exhausted."""

    def __init__(self, wrapped, default):
        self._wrapped = wrapped
        self._default = default

    def __await__(self):
        wrapped = self._wrapped
        await_ = getattr(type(wrapped), '__await__', None)
        if await_ is None:
            raise TypeError("'%s' object can't be awaited" % type(wrapped).__name__)
        try:
            return (yield from await_(wrapped))
        except StopAsyncIteration:
            return self._default
