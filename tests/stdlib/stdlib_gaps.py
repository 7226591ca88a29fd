# Names everyday programs reach for: functools.recursive_repr and
# get_cache_token, typing.Pattern/Match, subprocess.list2cmdline.
import functools, typing, re, subprocess, reprlib, abc

class R:
    def __init__(self): self.me = [self]
    @functools.recursive_repr()
    def __repr__(self): return 'R(%r)' % (self.me,)
print(R(), functools.recursive_repr is reprlib.recursive_repr, functools.get_cache_token is abc.get_cache_token)
print(typing.Pattern, typing.Match[bytes], typing.Pattern[str], isinstance(re.compile('a'), typing.Pattern),
      typing.get_origin(typing.Match[str]), functools.GenericAlias)
print(subprocess.list2cmdline(['a b', 'c\\', 'd"e', '', 'f\\\\"g', 'x y\\', 'plain', 'tab\there']))
