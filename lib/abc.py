"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    A class whose metaclass is ABCMeta cannot be instantiated unless all of
    its abstract methods are overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""

    __isabstractmethod__ = True


# Bumped on every register() so that negative caches of all ABCs go stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """Returns the current ABC cache token.

    The token changes with every call to register() on any ABC.
    """
    return _abc_invalidation_counter


class _ABCState:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _abc_invalidation_counter


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC. An ABC can be subclassed directly,
    and then acts as a mix-in class. You can also register unrelated
    concrete classes (even built-in classes) and unrelated ABCs as 'virtual
    subclasses'.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls)
        cls._abc_impl = _ABCState()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == _abc_invalidation_counter and
                    subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    Use it when abstract methods are implemented or added after the class
    was created. Returns cls, to allow usage as a class decorator.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
