inventory = [
    {'sku': 'A100', 'name': 'Widget', 'qty': 12, 'price': 2.5, 'tags': ['tools', 'small']},
    {'sku': 'B200', 'name': 'Gadget', 'qty': 0, 'price': 12.99, 'tags': ['electronics']},
    {'sku': 'C300', 'name': 'Doohickey', 'qty': 7, 'price': 0.75, 'tags': ['small']},
    {'sku': 'D400', 'name': 'Thingamajig', 'qty': 150, 'price': 1.05, 'tags': ['tools', 'bulk']},
]
print('%-6s %-12s %5s %8s %10s' % ('SKU', 'Name', 'Qty', 'Price', 'Value'))
print('-' * 45)
total = 0
for it in sorted(inventory, key=lambda i: -i['qty'] * i['price']):
    value = it['qty'] * it['price']
    total += value
    flag = ' (out)' if not it['qty'] else ''
    print('%-6s %-12s %5d %8.2f %10.2f%s' % (it['sku'], it['name'], it['qty'], it['price'], value, flag))
print('-' * 45)
print('%-25s %19.2f' % ('Total', total))
by_tag = {}
for it in inventory:
    for t in it['tags']:
        by_tag.setdefault(t, []).append(it['sku'])
for t in sorted(by_tag):
    print(f'{t:>12}: {", ".join(by_tag[t])}')
low = [i['name'] for i in inventory if 0 < i['qty'] < 10]
print(f'low stock: {low!r}; out: {[i["name"] for i in inventory if i["qty"] == 0]}')
