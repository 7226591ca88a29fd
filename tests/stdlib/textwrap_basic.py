import textwrap
s = ("The quick brown fox jumps over the lazy dog. Lorem ipsum dolor sit amet, "
     "consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
     "dolore magna aliqua. A well-known, state-of-the-art e-mail--with dashes--and "
     "a verylongwordthatdoesnotfitanywhereatallinthewidth here.")
for w in (10, 20, 33, 50, 70):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 25, break_long_words=False))
print(textwrap.wrap(s, 25, break_on_hyphens=False))
print(textwrap.wrap('Hello.  World!  Ok? yes', 12, fix_sentence_endings=True))
print(textwrap.wrap('a\tb\nc  d', 5), textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  lead and trail  ', 8), textwrap.wrap('  lead and trail  ', 8, drop_whitespace=False))
print(textwrap.shorten('Hello  world!', 12), textwrap.shorten('Hello  world!', 11), textwrap.shorten(s, 40), textwrap.shorten(s, 40, placeholder='...'))
print(textwrap.wrap(s, 30, max_lines=3), textwrap.wrap(s, 30, max_lines=1, placeholder=' ~'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # odd
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n   \n   y')), repr(textwrap.dedent('no indent\n  x')))
print(repr(textwrap.indent('a\n\nb\n  c\n', '> ')), repr(textwrap.indent('a\nb', '+', lambda l: True)))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
print(textwrap.wrap(''), textwrap.fill('one'), textwrap.wrap('x-y-z abc-def ghi--jkl', 6))
print(textwrap.wrap('self-contained, 1-2 re-use e.g.-like foo--bar baz', 8))
