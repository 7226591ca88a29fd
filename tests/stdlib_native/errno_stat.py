import errno, stat, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], len(errno.errorcode))
print(sorted(n for n in dir(errno) if n.startswith('E'))[:10])
try:
    open('/nonexistent/gilpy/x')
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__)
print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o120777), stat.filemode(0o104755))
print(stat.S_IMODE(0o100644), stat.S_IFMT(0o100644) == stat.S_IFREG, stat.S_ISLNK(0o120777), stat.S_ISFIFO(0o010600))
print(stat.ST_SIZE, stat.S_IRWXU, stat.S_IXOTH)
print(stat.S_ISDIR(os.stat('/').st_mode))
