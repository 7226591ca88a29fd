# ring_a and ring_b import each other; threads import both at once.
import time

time.sleep(0.02)
import ring_b

NAME = "a"
