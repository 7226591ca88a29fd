# Classes with __slots__, properties with setters that validate, class
# attributes, inheritance across slotted classes, and attribute-heavy
# arithmetic in loops (particles in a box).
# Usage: slots_props.py [STEPS]
import sys

DEFAULT_SIZE = 100


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return 'Vec(%.3f, %.3f)' % (self.x, self.y)


class Body:
    __slots__ = ('_pos', '_vel', '_mass', 'bounces')
    count = 0

    def __init__(self, pos, vel, mass):
        self._pos = pos
        self._vel = vel
        self.mass = mass
        self.bounces = 0
        Body.count += 1

    @property
    def pos(self):
        return self._pos

    @pos.setter
    def pos(self, v):
        self._pos = v

    @property
    def vel(self):
        return self._vel

    @vel.setter
    def vel(self, v):
        self._vel = v

    @property
    def mass(self):
        return self._mass

    @mass.setter
    def mass(self, m):
        if m <= 0:
            raise ValueError('mass must be positive')
        self._mass = m

    @property
    def energy(self):
        v = self._vel
        return 0.5 * self._mass * (v.x * v.x + v.y * v.y)


class ChargedBody(Body):
    __slots__ = ('charge',)

    def __init__(self, pos, vel, mass, charge):
        super().__init__(pos, vel, mass)
        self.charge = charge

    @property
    def energy(self):
        return super().energy + abs(self.charge) * 0.01


class Box:
    __slots__ = ('width', 'height', 'bodies')

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.bodies = []

    def step(self, dt):
        w = self.width
        h = self.height
        for b in self.bodies:
            p = b.pos + b.vel * dt
            v = b.vel
            if p.x < 0 or p.x > w:
                v = Vec(-v.x, v.y)
                p.x = min(max(p.x, 0.0), w)
                b.bounces += 1
            if p.y < 0 or p.y > h:
                v = Vec(v.x, -v.y)
                p.y = min(max(p.y, 0.0), h)
                b.bounces += 1
            b.vel = v * 0.999
            b.pos = p

    def energy(self):
        return sum(b.energy for b in self.bodies)


def main(steps):
    box = Box(100.0, 60.0)
    state = 3
    for i in range(40):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        pos = Vec(state % 100, (state >> 7) % 60)
        vel = Vec(((state >> 3) % 21) - 10, ((state >> 11) % 21) - 10)
        if i % 3 == 0:
            box.bodies.append(ChargedBody(pos, vel, 1 + i % 4, i - 20))
        else:
            box.bodies.append(Body(pos, vel, 1 + i % 5))
    e0 = box.energy()
    for s in range(steps):
        box.step(0.05)
    print('bodies', Body.count, 'energy %.6f -> %.6f' % (e0, box.energy()))
    print('bounces', sum(b.bounces for b in box.bodies))
    print('first', box.bodies[0].pos, box.bodies[0].vel)
    b = box.bodies[1]
    try:
        b.mass = -1
    except ValueError as e:
        print('ValueError', e)
    try:
        b.colour = 'red'
    except AttributeError as e:
        print('AttributeError', e)
    print(hasattr(b, '__dict__'), sorted(ChargedBody.__slots__), Body.__slots__)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
