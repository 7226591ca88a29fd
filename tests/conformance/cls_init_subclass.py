class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name='bee'): pass
class C(B): pass
print(Plugin.plugins, C.plugin_name)
try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls):
        print('init_subclass', cls.__name__, cls.__mro__[1].__name__)
class E(Base): pass
class F(E): pass
