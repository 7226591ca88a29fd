# Attribute lookup order: data descriptors, instance dict, class, metaclass.
class Meta(type):
    meta_attr = "from metaclass"
    def meta_method(cls):
        return "meta_method of " + cls.__name__
class C(metaclass=Meta):
    cls_attr = "from class"
    def method(self):
        return "method"
c = C()
print(C.meta_attr, C.meta_method(), C.cls_attr)
try:
    c.meta_attr
except AttributeError as e:
    print("instance cannot see metaclass attr:", e)
c.cls_attr = "instance shadows"
print(c.cls_attr, C.cls_attr)
del c.cls_attr
print(c.cls_attr)
c.method = lambda: "instance attribute replaces method"
print(c.method())
del c.method
print(c.method())
C.added_later = "class attr added later"
print(c.added_later)
class Base:
    x = "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
print(Leaf.x)
Mid.x = "mid"
print(Leaf.x)
del Mid.x
print(Leaf.x)
print(type(c).__dict__["cls_attr"], "meta_attr" in dir(C), "cls_attr" in dir(c))
