# resource: getrusage of the process and of its children, limits.
import resource, subprocess, sys

r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_maxrss > 0, r[2] == r.ru_maxrss, isinstance(r.ru_utime, float),
      repr(r).startswith('resource.struct_rusage(ru_utime='))
subprocess.run([sys.executable, '-c', 'x = list(range(10000))'])
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(c.ru_maxrss > 0, c.ru_utime >= 0)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
print(resource.getpagesize() % 4096 == 0, resource.RLIMIT_OFILE == resource.RLIMIT_NOFILE, resource.error is OSError)
for f in [lambda: resource.getrusage(99), lambda: resource.getrlimit(-1), lambda: resource.getrusage('x'),
          lambda: resource.setrlimit(resource.RLIMIT_CORE, (1,)), lambda: resource.struct_rusage((1, 2))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
