# See ring_a.
import time

time.sleep(0.02)
import ring_a

NAME = "b"
