# A mixed bag of os, io, struct and re details, fork and waitpid included.
import os, sys, io, struct, random, json, re, datetime, errno, stat, shutil, tempfile, signal
st = os.stat('/')
print(type(st).__name__, st.st_mode == st[0], isinstance(st, tuple), len(st))
print(repr(os.terminal_size((80, 24))), os.get_exec_path()[:1] != [], os.path.sep, os.extsep)
print(os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), os.path.join(b'/a', b'b'))
print(list(os.environ.items()) == list(dict(os.environ).items()), 'PATH' in os.environ, os.environ.get('NOPE_X', 'd'))
e = os.environ.copy(); print(type(e).__name__)
print(io.BytesIO(b'abc').read1(), io.StringIO('x').newlines, io.StringIO().line_buffering)
print(struct.pack('>I', 1) + struct.pack('<H', 2), struct.unpack('>2H', b'\x00\x01\x00\x02'))
r = random.Random(5); print(r.random(), r.randint(0, 10), r.sample(range(5), 2), r.choices([1, 2], k=3))
print(re.compile('a').search('xa').group(), re.I | re.M, int(re.I))
print(datetime.date(2020, 1, 1) + datetime.timedelta(days=366))
print(stat.S_ISREG(os.stat(__file__).st_mode), errno.errorcode[2], signal.NSIG)
print(os.path.splitext('a/b.tar.gz'), os.path.normpath('a//b/../c/.'), os.path.isabs('/x'))
print({'0', '1', '2'} <= set(os.listdir('/proc/self/fd')))
print(os.WNOHANG, os.O_RDONLY, os.SEEK_END, os.R_OK)
pid = os.fork()
if pid == 0:
    os._exit(7)
_, status = os.waitpid(pid, 0)
print(os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(os.uname().sysname, os.getuid() >= 0, os.umask(0o22) >= 0)
for f in (os.stat, os.listdir, os.mkdir, os.lstat):
    try:
        f([])
    except TypeError as e:
        print(e)
