# Random nested values: dumps with several options and loads must give
# CPython's text and values.
import json, random
random.seed(3)
chars = 'ab"\\\n\t\x01é€😀 /'
def gen(d):
    r = random.random()
    if d > 3 or r < 0.3:
        c = random.randrange(7)
        if c == 0: return random.randint(-10**20, 10**20)
        if c == 1: return random.uniform(-1e6, 1e6) * 10 ** random.randint(-20, 20)
        if c == 2: return ''.join(random.choice(chars) for _ in range(random.randint(0, 6)))
        if c == 3: return random.choice([True, False, None])
        if c == 4: return random.random()
        if c == 5: return float(random.randint(-5, 5))
        return random.randint(-100, 100)
    if r < 0.6:
        return [gen(d + 1) for _ in range(random.randint(0, 4))]
    if r < 0.8:
        return tuple(gen(d + 1) for _ in range(random.randint(0, 3)))
    return {random.choice(['k', 'é', 'a"b', '1', 'z']) + str(random.randint(0, 9)): gen(d + 1) for _ in range(random.randint(0, 4))}
for i in range(300):
    o = gen(0)
    a = json.dumps(o)
    b = json.dumps(o, ensure_ascii=False, sort_keys=True, indent=random.choice([None, 0, 2, '\t']))
    c = json.dumps(o, separators=(',', ':'))
    print(a)
    print(b)
    print(c == a.replace(', ', ',').replace(': ', ':') or c)
    print(json.loads(a) == json.loads(b), repr(json.loads(c))[:200])
