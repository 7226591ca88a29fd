# os.statvfs/times/sysconf, shutil.disk_usage/chown and
# tempfile.SpooledTemporaryFile as everyday programs use them.
import tempfile, shutil, os
with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b'abc'); print(f._rolled, f.tell()); f.write(b'x' * 20); print(f._rolled, f.tell()); f.seek(0); print(f.read(5), f.name is not None)
with tempfile.SpooledTemporaryFile(mode='w+') as f:
    f.write('héllo\nworld\n'); f.seek(0); print(f.readlines(), f._rolled, f.mode); f.fileno(); print(f._rolled); f.seek(0); print(f.read())
u = shutil.disk_usage('/'); print(u.total >= u.used, u.free > 0, len(u), type(u).__name__)
try:
    shutil.chown('/nonexistent-xyz', user=os.getuid())
except FileNotFoundError as e:
    print('FNF', e.filename)
try:
    shutil.chown('/tmp')
except ValueError as e:
    print(e)
try:
    shutil.chown('/tmp', user='no-such-user-xyz')
except LookupError as e:
    print(e)
st = os.statvfs('/')
print(type(st).__name__, st.f_bsize > 0, len(st), os.times()[:0], type(os.times()).__name__, len(os.times()))
print(os.get_blocking(0), 'SC_PAGESIZE' in os.sysconf_names, os.sysconf('SC_PAGESIZE') > 0)
try: os.sysconf('NOPE')
except ValueError as e: print(e)
