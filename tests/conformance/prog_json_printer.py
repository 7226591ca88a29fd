def dump(v, indent=0):
    pad = '  ' * indent
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = ['%s  %s: %s' % (pad, dump(str(k)), dump(v[k], indent + 1)) for k in v]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        return '[\n' + ',\n'.join(pad + '  ' + dump(x, indent + 1) for x in v) + '\n' + pad + ']'
    if isinstance(v, str):
        out = '"'
        for ch in v:
            if ch in '"\\':
                out += '\\' + ch
            elif ch == '\n':
                out += '\\n'
            elif ord(ch) < 0x20 or ord(ch) > 0x7e:
                out += '\\u%04x' % ord(ch) if ord(ch) < 0x10000 else ch
            else:
                out += ch
        return out + '"'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if v is None:
        return 'null'
    if isinstance(v, float):
        return repr(v)
    return str(v)
doc = {'name': 'gilpy', 'version': 0.1, 'tags': ['fast', 'gil', 'é'], 'nested': {'a': [1, 2, {'b': None}], 'empty': {}, 'e2': []},
       'flags': (True, False), 'quote': 'say "hi"\n', 'big': 2**70}
print(dump(doc))
