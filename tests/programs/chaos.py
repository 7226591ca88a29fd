# The chaos game with curved transformations: points are moved by B-spline
# maps chosen at random (a linear congruential generator), and the visits are
# counted on a small grid whose checksum is printed.
# Usage: chaos.py [ITERATIONS]
import sys
import math

DEFAULT_SIZE = 3000


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next() / 2147483648.0


class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 +
                         (self.z - other.z) ** 2)

    def __add__(self, other):
        if not isinstance(other, GVector):
            raise ValueError("Can't add GVector to " + str(type(other)))
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)
    __rmul__ = __mul__

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2,
                       self.y * l1 + other.y * l2,
                       self.z * l1 + other.z * l2)

    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)


class Spline:
    """A uniform-knot B-spline of a given degree over control points."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        last = knots[0]
        for cur in knots[1:]:
            if cur < last:
                raise ValueError("knots not strictly increasing")
            last = cur
        self.knots = knots
        self.points = points
        self.degree = degree

    def domain(self):
        return (self.knots[self.degree - 1],
                self.knots[len(self.knots) - self.degree])

    def __call__(self, u):
        # De Boor's algorithm.
        for ii in range(self.degree - 1, len(self.knots) - self.degree):
            if self.knots[ii] <= u <= self.knots[ii + 1]:
                dom = ii
                break
        else:
            raise ValueError("%s not in domain" % u)
        d = [self.points[dom - self.degree + ii + 1] for ii in range(self.degree + 1)]
        for r in range(1, self.degree + 1):
            for i in range(self.degree, r - 1, -1):
                lo = self.knots[dom - self.degree + i]
                hi = self.knots[dom + i - r + 1]
                alpha = (u - lo) / (hi - lo)
                d[i] = d[i - 1].linear_combination(d[i], 1 - alpha, alpha)
        return d[self.degree]

    def __len__(self):
        return len(self.points)

    def __repr__(self):
        return "Spline(%r, %r, %r)" % (self.points, self.degree, self.knots)


class Chaosgame:
    def __init__(self, splines, thickness, rng):
        self.splines = splines
        self.thickness = thickness
        self.rng = rng
        self.minx = min(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        self.num_trafos = []
        maxlength = thickness * self.width / self.height
        for s in splines:
            length = 0
            curr = s(0)
            for i in range(1, 1000):
                last = curr
                t = 1 / 999 * i
                curr = s(t)
                length += curr.dist(last)
            self.num_trafos.append(max(1, int(length / maxlength * 1.5)))
        self.num_total = sum(self.num_trafos)

    def get_random_trafo(self):
        r = self.rng.next() % self.num_total
        l = 0
        for i in range(len(self.num_trafos)):
            if l <= r < l + self.num_trafos[i]:
                return i, r - l
            l += self.num_trafos[i]
        return len(self.num_trafos) - 1, self.num_trafos[-1] - 1

    def transform_point(self, point, trafo=None):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        if trafo is None:
            trafo = self.get_random_trafo()
        start, end = self.splines[trafo[0]].domain()
        length = end - start
        seg_length = length / self.num_trafos[trafo[0]]
        t = start + seg_length * trafo[1] + seg_length * x
        basepoint = self.splines[trafo[0]](t)
        if t + 1 / 50000 > end:
            neighbour = self.splines[trafo[0]](t - 1 / 50000)
            derivative = neighbour - basepoint
        else:
            neighbour = self.splines[trafo[0]](t + 1 / 50000)
            derivative = basepoint - neighbour
        if derivative.mag() != 0:
            basepoint.x += derivative.y / derivative.mag() * (y - 0.5) * self.thickness
            basepoint.y += -derivative.x / derivative.mag() * (y - 0.5) * self.thickness
        self.truncate(basepoint)
        return basepoint

    def truncate(self, point):
        if point.x >= self.maxx:
            point.x = self.maxx
        if point.y >= self.maxy:
            point.y = self.maxy
        if point.x < self.minx:
            point.x = self.minx
        if point.y < self.miny:
            point.y = self.miny

    def run(self, w, h, n):
        grid = [[0] * h for _ in range(w)]
        point = GVector((self.maxx + self.minx) / 2,
                        (self.maxy + self.miny) / 2, 0)
        for _ in range(n):
            point = self.transform_point(point)
            x = (point.x - self.minx) / self.width * w
            y = (point.y - self.miny) / self.height * h
            x = int(x)
            y = int(y)
            if x == w:
                x -= 1
            if y == h:
                y -= 1
            grid[x][h - y - 1] += 1
        return grid


def main(n):
    splines = [
        Spline([GVector(1.597350, 3.304460, 0.0),
                GVector(1.575810, 4.123260, 0.0),
                GVector(1.313210, 5.288350, 0.0),
                GVector(1.618900, 5.329910, 0.0),
                GVector(2.889940, 5.502700, 0.0),
                GVector(2.373060, 4.381830, 0.0),
                GVector(1.662000, 4.360280, 0.0)],
               3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        Spline([GVector(2.804500, 4.017350, 0.0),
                GVector(2.550500, 3.525230, 0.0),
                GVector(1.979010, 2.620360, 0.0),
                GVector(1.979010, 2.620360, 0.0)],
               3, [0, 0, 0, 1, 1, 1]),
        Spline([GVector(2.001670, 4.011320, 0.0),
                GVector(2.335040, 3.312830, 0.0),
                GVector(2.366800, 3.233460, 0.0),
                GVector(2.366800, 3.233460, 0.0)],
               3, [0, 0, 0, 1, 1, 1]),
    ]
    game = Chaosgame(splines, 0.25, Random(42))
    grid = game.run(64, 64, n)
    total = 0
    check = 0
    filled = 0
    for i, col in enumerate(grid):
        for j, v in enumerate(col):
            total += v
            check = (check * 131 + v * (i + 1) + j) % 998244353
            if v:
                filled += 1
    print("transformations", game.num_trafos, game.num_total)
    print("points", total, "filled", filled, "checksum", check)
    print("last", str(GVector(game.minx, game.maxy)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
