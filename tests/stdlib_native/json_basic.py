import json
data = {"name": "gilpy", "n": 3, "f": 1.5, "big": 10**20, "neg": -0.0, "list": [1, 2.25, None, True, False],
        "nested": {"a": [], "b": {}, "c": [{"x": 1e100}, 1e-7, 0.1]}, "esc": "q\"b\\s\n\t\x01\x1f/é€😀"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(None), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
print(json.dumps(3), json.dumps(True), json.dumps(2.0), json.dumps(123456789.123456789), json.dumps(1e16))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({'s': {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2], cls=Enc), Enc(indent=1).encode({'a': 2j}))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED, {Color.RED: 1}]))
for s in ['"a\nb"', '"ab', '"\\x"', '"\\u12"', '{"a":1,}', '[1,]', '{"a" 1}', '[1 2]', '{1:2}', '', '  ', 'nul',
          '-', '01', '1.', '1e', '[', '{', '{"a":', '\ufeff1', '"\\ud834\\udd1e"', 'NaN', '-Infinity', '[1,2',
          '"a\nb', ' [1, {"a" : [true , false, null]} ] ', '-0', '-0.0', '1E+2', '12.5e-3', '"\\u00e9\\n\\/"',
          '{"a": 1, "a": 2}', '\n\n  [1,\n 2,,]', '{"x": "y"} extra', '[1e400, -1e400]', '123456789012345678901234567890']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, e.pos, e.lineno, e.colno, e.msg)
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[3]')), json.loads('"\xe9"'))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN]', parse_constant=lambda c: 'C:' + c))
print(json.loads('"a\tb"', strict=False))
print(json.JSONDecoder().raw_decode('[1] tail'))
print(issubclass(json.JSONDecodeError, ValueError))
import io
buf = io.StringIO()
json.dump({'z': [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('{"k": "v"}')))
big = [{'id': i, 'name': 'item%d' % i, 'vals': [i * 0.5, i * 2]} for i in range(2000)]
s = json.dumps(big)
print(len(s), json.loads(s) == big)
