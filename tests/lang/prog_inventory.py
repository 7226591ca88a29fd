# Inventory management: dict of objects, sorting by several keys, reports.
class Item:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r})"
inv = {}
for row in [("A1", "widget", 2.50, 10, ["metal"]), ("B2", "gadget", 12.99, 3, ["metal", "electric"]),
            ("C3", "doohickey", 0.99, 100, []), ("D4", "gizmo", 12.99, 7, ["electric"])]:
    it = Item(*row)
    inv[it.sku] = it
print(sorted(inv.values(), key=lambda i: (-i.price, i.name)))
print(f"{'SKU':<4}{'name':>10}{'price':>8}{'qty':>5}{'value':>9}")
for it in sorted(inv.values(), key=lambda i: i.sku):
    print(f"{it.sku:<4}{it.name:>10}{it.price:>8.2f}{it.qty:>5}{it.value:>9.2f}")
print("total %.2f" % sum(i.value for i in inv.values()))
by_tag = {}
for it in inv.values():
    for t in it.tags:
        by_tag.setdefault(t, []).append(it.sku)
print(sorted((k, sorted(v)) for k, v in by_tag.items()))
low = [s for s, i in inv.items() if i.qty < 5]
print("low stock:", low)
inv["B2"].qty += 20
del inv["C3"]
print(list(inv), max(inv.values(), key=lambda i: i.value).name)
