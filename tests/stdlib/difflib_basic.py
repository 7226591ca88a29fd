import difflib
a = 'one two three four five six seven'.split()
b = 'zero one three four five siX seven eight'.split()
s = difflib.SequenceMatcher(None, a, b)
print(s.get_matching_blocks(), s.get_opcodes(), round(s.ratio(), 6), s.quick_ratio(), s.real_quick_ratio())
s2 = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s2.ratio(), 6), s2.find_longest_match(0, 29, 0, 38), list(s2.get_grouped_opcodes(1)))
t1 = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n']
t2 = ['one\n', 'tree\n', 'three\n', 'emu\n', 'five\n', 'six\n']
print(''.join(difflib.ndiff(t1, t2)), end='')
print(''.join(difflib.unified_diff(t1, t2, 'a.txt', 'b.txt')), end='')
print(''.join(difflib.context_diff(t1, t2, 'a.txt', 'b.txt')), end='')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'where', 'whale'], n=2))
print(''.join(difflib.restore(difflib.ndiff(t1, t2), 2)), end='')
print(list(difflib.ndiff(['abcdefghij\n'], ['abcXefghYj\n'])), list(difflib.ndiff(['x = 1\n', 'y = 2\n'], ['x = 10\n', 'z = 2\n', 'w\n'])))
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), difflib.SequenceMatcher(None, 'abxcd', 'abcd').get_matching_blocks())
long_a = [str(i % 7) for i in range(300)]
long_b = [str(i % 5) for i in range(300)]
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 6), round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 6))
