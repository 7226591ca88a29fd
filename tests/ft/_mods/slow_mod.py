# Imported by import_concurrent.py: counts how often its body runs, and
# takes its time so that other threads arrive while it is being imported.
import sys
import time

sys.slow_mod_runs = getattr(sys, "slow_mod_runs", 0) + 1
time.sleep(0.05)
VALUE = [1, 2, 3]


def total():
    return sum(VALUE)
