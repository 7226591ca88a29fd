# A deepcopy-like recursive copier: dicts, lists, tuples, sets, instances
# with __dict__ and __slots__, shared references and cycles kept through a
# memo dict keyed by id(), plus a structural equality check of the copy.
# Usage: deepcopy_workload.py [ROUNDS]
import sys

DEFAULT_SIZE = 4000


class Node:
    def __init__(self, name, children=None, parent=None):
        self.name = name
        self.children = children if children is not None else []
        self.parent = parent
        self.attrs = {'weight': len(name), 'tags': ('a', 'b')}


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


ATOMIC = (int, float, str, bool, type(None), bytes, complex)


def deepcopy(obj, memo=None):
    if memo is None:
        memo = {}
    cls = type(obj)
    if cls in ATOMIC:
        return obj
    key = id(obj)
    found = memo.get(key)
    if found is not None:
        return found
    if cls is list:
        result = []
        memo[key] = result
        for item in obj:
            result.append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in obj.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in obj]
        # A tuple whose items are all unchanged is immutable: keep it.
        if all(a is b for a, b in zip(items, obj)):
            result = obj
        else:
            result = tuple(items)
        memo[key] = result
    elif cls is set or cls is frozenset:
        result = cls(deepcopy(item, memo) for item in obj)
        memo[key] = result
    else:
        result = cls.__new__(cls)
        memo[key] = result
        if hasattr(obj, '__dict__'):
            for k, v in obj.__dict__.items():
                setattr(result, k, deepcopy(v, memo))
        for name in getattr(cls, '__slots__', ()):
            if hasattr(obj, name):
                setattr(result, name, deepcopy(getattr(obj, name), memo))
    return result


def build_tree(depth, fanout, parent=None, prefix='n'):
    node = Node(prefix, parent=parent)
    if depth > 0:
        for i in range(fanout):
            node.children.append(build_tree(depth - 1, fanout, node, prefix + str(i)))
    return node


def count_nodes(node):
    return 1 + sum(count_nodes(c) for c in node.children)


def same_shape(a, b, seen=None):
    if seen is None:
        seen = set()
    if type(a) is not type(b):
        return False
    if isinstance(a, ATOMIC):
        return a == b
    if id(a) in seen:
        return True
    seen.add(id(a))
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same_shape(x, y, seen) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_shape(a[k], b[k], seen) for k in a)
    if isinstance(a, (set, frozenset)):
        return a == b
    if isinstance(a, Point):
        return a.x == b.x and a.y == b.y
    return same_shape(a.__dict__, b.__dict__, seen)


def main(rounds):
    shared = [1, 2, 3]
    data = {
        'tree': build_tree(3, 3),
        'points': [Point(i, i * 0.5) for i in range(20)],
        'shared': (shared, shared),
        'nested': [[i, {'k': (i, str(i)), 's': {i, i + 1}}] for i in range(20)],
        'frozen': frozenset(['x', 'y']),
    }
    cyclic = [1, 2]
    cyclic.append(cyclic)
    data['cycle'] = cyclic
    copies = 0
    for r in range(rounds):
        c = deepcopy(data)
        copies += count_nodes(c['tree'])
    print('nodes copied', copies)
    print('shape equal', same_shape(data, c))
    print('distinct', c is not data, c['tree'] is not data['tree'],
          c['points'][0] is not data['points'][0])
    print('shared kept', c['shared'][0] is c['shared'][1])
    print('cycle kept', c['cycle'][2] is c['cycle'])
    print('parent links', c['tree'].children[1].parent is c['tree'])
    print('tuple reuse', c['nested'][3][1]['k'] is data['nested'][3][1]['k'])
    print('frozen', sorted(c['frozen']), c['points'][7].y)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
