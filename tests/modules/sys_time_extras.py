# time.get_clock_info/clock_getres and the CLOCK_ constants; sys's prefixes,
# getfilesystemencodeerrors and call_tracing.
import sys, time
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution, type(info).__name__)
print(time.get_clock_info('time'))
try: time.get_clock_info('nope')
except ValueError as e: print(e)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
print(sys.base_prefix == sys.prefix, sys.base_exec_prefix == sys.exec_prefix, sys.platlibdir, repr(sys.abiflags), sys.pycache_prefix)
print(sys.getfilesystemencodeerrors(), sys.call_tracing(divmod, (7, 2)))
try: sys.call_tracing(divmod, [7, 2])
except TypeError as e: print(e)
