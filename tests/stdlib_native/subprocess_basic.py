# subprocess over fork/exec: pipes, text mode, status, errors.
import subprocess, sys, os
r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r, r.returncode, r.stdout)
r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(subprocess.check_output(['tr', 'a-z', 'A-Z'], input=b'shout\n'))
print(subprocess.check_output('printf "%s" abc', shell=True, text=True))
print(subprocess.call(['true']), subprocess.call('exit 5', shell=True), subprocess.check_call(['true']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
try:
    subprocess.run(['sh', '-c', 'exit 2'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['definitely-not-a-program-gp'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
print(subprocess.getoutput('echo one; echo two'), subprocess.getstatusoutput('exit 1'))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'x' * 100000)
print(len(out), err, p.returncode, p.poll())
p = subprocess.Popen(['sh', '-c', 'echo $GPV'], stdout=subprocess.PIPE, env={'GPV': 'from-env', 'PATH': os.environ['PATH']})
print(p.stdout.read(), p.wait())
p = subprocess.Popen(['pwd'], stdout=subprocess.PIPE, cwd='/')
print(p.communicate()[0])
r = subprocess.run(['sh', '-c', 'echo both; echo x >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
print(subprocess.run(['true'], stdout=subprocess.DEVNULL).returncode)
p = subprocess.Popen(['sleep', '5'])
p.kill()
print(p.wait())
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, e.timeout <= 0.2)
