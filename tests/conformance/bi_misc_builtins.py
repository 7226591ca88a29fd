print(len(dir(__builtins__)) > 100, abs.__name__, max.__doc__ is not None or True)
print(isinstance(NotImplemented, object), Ellipsis, ..., repr(NotImplemented), type(...).__name__)
print(bool(NotImplemented) if False else 'skip', None is None, type(None)() is None)
print(divmod(-1, 3), (-1) % 3, -1 // 3, 1 // -3, -7 % -3)
x = [1, 2, 3]
print(x.__len__(), x.__getitem__(-1), x.__contains__(2), 'ab'.__add__('c'), (5).__neg__())
print((5).__add__(1.5), (5).__radd__(1), (5.0).__add__(1), 1 .__truediv__(0) if False else 'ok')
print(int.__add__(2, 3), float.__mul__(2.0, 3.0), str.upper('q'), list.__len__([1]))
