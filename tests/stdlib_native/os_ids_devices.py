# os process credentials (set*uid/set*gid to their current values, getres*id),
# scheduling priority, device numbers, pipe2, ctermid, sendfile and chroot errors.
import os, stat
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or os.getresuid()[0] == os.getuid(), len(os.getresgid()))
st = os.stat('/dev/null')
print(os.major(st.st_rdev), os.minor(st.st_rdev), os.makedev(os.major(st.st_rdev), os.minor(st.st_rdev)) == st.st_rdev)
print(os.makedev(8, 1), os.major(2049), os.minor(2049))
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_inheritable(r), os.get_blocking(w))
os.write(w, b'abc'); print(os.read(r, 10)); os.close(r); os.close(w)
print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()), os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
os.setpriority(os.PRIO_PROCESS, 0, os.getpriority(os.PRIO_PROCESS, 0))
os.setuid(os.getuid()); os.setgid(os.getgid()); os.seteuid(os.geteuid()); os.setegid(os.getegid())
os.setreuid(-1, -1); os.setregid(-1, -1); os.setresuid(-1, -1, -1); os.setresgid(-1, -1, -1)
print(os.ctermid())
src = '/tmp/_gilpy_sendfile_src'
with open(src, 'wb') as f: f.write(b'0123456789')
r, w = os.pipe()
fd = os.open(src, os.O_RDONLY)
print(os.sendfile(w, fd, 2, 5), os.read(r, 10), os.sendfile(w, fd, None, 3), os.read(r, 10))
os.close(fd); os.close(r); os.close(w); os.remove(src)
try: os.chroot('/nonexistent-dir-xyz')
except OSError as e: print(type(e).__name__, e.filename)
try: os.setgroups(5)
except TypeError as e: print(e)
for name in ('O_DSYNC', 'O_NDELAY', 'O_ASYNC', 'O_NOATIME', 'O_PATH', 'O_TMPFILE', 'O_DIRECT', 'O_RSYNC'):
    print(name, getattr(os, name))
