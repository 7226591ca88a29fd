# glob: wildcards, character classes, recursive '**', hidden files,
# root_dir, bytes patterns and escape().
import glob, os, tempfile, shutil

d = tempfile.mkdtemp()
for p in ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'sub/x.txt', 'sub/deep/y.txt', 'sub/.h/z.txt', 'sub2/w.py', 'q[1].txt']:
    full = os.path.join(d, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, 'w').close()

def rel(paths):
    return sorted(os.path.relpath(p, d) if os.path.isabs(p) else p for p in paths)

j = lambda *a: os.path.join(d, *a)
print(rel(glob.glob(j('*.txt'))))
print(rel(glob.glob(j('?.*'))))
print(rel(glob.glob(j('[ab].txt'))), rel(glob.glob(j('[!a]*.txt'))))
print(rel(glob.glob(j('*', '*.txt'))), rel(glob.glob(j('sub*', '*'))))
print(rel(glob.glob(j('**', '*.txt'), recursive=True)))
print(rel(glob.glob(j('**'), recursive=True)))
print(rel(glob.glob(j('**', '*.txt'), recursive=True, include_hidden=True)))
print(rel(glob.glob(j('.*'))), rel(glob.glob(j('*'), include_hidden=True)))
print(rel(glob.glob(j('a.txt'))), glob.glob(j('nope.txt')), rel(glob.glob(j('sub', ''))), rel(glob.glob(j('a.txt', ''))))
print(sorted(glob.glob('*.py', root_dir=d)), sorted(glob.glob('**/*.py', root_dir=d, recursive=True)))
print(sorted(glob.glob(b'*.py', root_dir=d.encode())), sorted(glob.iglob('s*/*.py', root_dir=d)))
print(glob.escape('a[b]*?.txt'), glob.escape(b'x*'), glob.has_magic('a*'), glob.has_magic('abc'))
print(rel(glob.glob(j(glob.escape('q[1].txt')))), rel(glob.glob(j('q[1].txt'))))
shutil.rmtree(d)
