"""Subprocesses with accessible I/O streams: Popen, run, call,
check_call, check_output, getoutput and getstatusoutput."""

import io
import os
import posix as _posix
import signal
import threading
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 encoding=None, errors=None, text=None, user=None, group=None,
                 extra_groups=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors
        if isinstance(args, (str, bytes)) or isinstance(args, os.PathLike):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
        if executable is not None:
            argv[0] = executable
        envlist = None
        if env is not None:
            envlist = ['%s=%s' % (os.fsdecode(k), os.fsdecode(v)) for k, v in env.items()]
        to_close = []
        mine = []

        def child_fd(spec, is_input):
            if spec is None:
                return -1
            if spec == PIPE:
                r, w = os.pipe()
                if is_input:
                    to_close.append(r)
                    mine.append(w)
                    return r
                to_close.append(w)
                mine.append(r)
                return w
            if spec == DEVNULL:
                fd = os.open(os.devnull, os.O_RDONLY if is_input else os.O_WRONLY)
                to_close.append(fd)
                return fd
            if isinstance(spec, int):
                return spec
            return spec.fileno()

        try:
            fd_in = child_fd(stdin, True)
            in_parent = mine[-1] if stdin == PIPE else None
            fd_out = child_fd(stdout, False)
            out_parent = mine[-1] if stdout == PIPE else None
            if stderr == STDOUT:
                fd_err = fd_out if fd_out >= 0 else 1
                err_parent = None
            else:
                fd_err = child_fd(stderr, False)
                err_parent = mine[-1] if stderr == PIPE else None
            self.pid = _posix._spawn(argv, envlist, cwd, fd_in, fd_out, fd_err)
        except BaseException:
            for fd in mine:
                os.close(fd)
            raise
        finally:
            for fd in to_close:
                os.close(fd)
        if in_parent is not None:
            self.stdin = self._wrap(in_parent, 'wb')
        if out_parent is not None:
            self.stdout = self._wrap(out_parent, 'rb')
        if err_parent is not None:
            self.stderr = self._wrap(err_parent, 'rb')

    def _wrap(self, fd, mode):
        f = io.open(fd, mode)
        if self.text_mode:
            return io.TextIOWrapper(f, encoding=self.encoding, errors=self.errors)
        return f

    def __repr__(self):
        return "<Popen: returncode: {} args: {!r}>".format(self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _set_status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        """Check if the child process has terminated; returns returncode."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._set_status(status)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child process to terminate; returns returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            pid, status = os.waitpid(self.pid, 0)
            self._set_status(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            time.sleep(min(delay, remaining))
            delay = min(delay * 2, 0.05)
        return self.returncode

    def communicate(self, input=None, timeout=None):
        """Send input to stdin, read stdout and stderr until end-of-file and
        wait for the process; returns (stdout_data, stderr_data)."""
        results = {}

        def reader(name, f):
            results[name] = f.read()
            f.close()

        threads = []
        for name, f in (('stdout', self.stdout), ('stderr', self.stderr)):
            if f is not None:
                th = threading.Thread(target=reader, args=(name, f), daemon=True)
                th.start()
                threads.append(th)
        if self.stdin is not None:
            try:
                if input:
                    self.stdin.write(input)
                self.stdin.close()
            except BrokenPipeError:
                pass
        deadline = None if timeout is None else time.monotonic() + timeout
        for th in threads:
            th.join(None if deadline is None else max(0, deadline - time.monotonic()))
            if th.is_alive():
                raise TimeoutExpired(self.args, timeout)
        self.wait(None if deadline is None else max(0, deadline - time.monotonic()))
        return results.get('stdout'), results.get('stderr')

    def send_signal(self, sig):
        """Send a signal to the process."""
        if self.returncode is None:
            os.kill(self.pid, sig)

    def terminate(self):
        """Terminate the process with SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL."""
        self.send_signal(signal.SIGKILL)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; wait for it and return its returncode."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError on failure."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one command line quoted by the rules of the
    Microsoft C runtime: arguments with spaces or tabs (or empty ones) are
    put in double quotes, a double quote is escaped with a backslash, and
    backslashes are doubled only where a double quote follows them."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or " " in arg or "\t" in arg
        out = []
        pending = 0  # backslashes seen and not yet written
        for c in arg:
            if c == "\\":
                pending += 1
                continue
            if c == '"':
                out.append("\\" * (2 * pending) + '\\"')
            else:
                out.append("\\" * pending + c)
            pending = 0
        # Backslashes at the end are doubled when the closing quote follows.
        out.append("\\" * (pending * (2 if quote else 1)))
        text = "".join(out)
        parts.append('"%s"' % text if quote else text)
    return " ".join(parts)
