import sys
print(sys.maxsize == 2**63 - 1, sys.byteorder, type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_module.py'))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.maxunicode)
print('sys' in sys.modules, '__main__' in sys.modules, sys.modules['__main__'].__name__, type(sys.path).__name__)
print(sys.stdout.write('written\n'), hasattr(sys.stdout, 'flush'), sys.stdin is not None, sys.stderr.write('') == 0)
print(sys.getrecursionlimit(), isinstance(sys.platform, str), sys.float_repr_style, sys.implementation.name in ('cpython', 'gilpy'))
print(callable(sys.exit), callable(sys.exc_info), sys.flags.optimize if hasattr(sys, 'flags') else 0)
