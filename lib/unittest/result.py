"""Test result object"""

import sys
import traceback
import functools

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """Holder for test result information.

    Test results are automatically managed by the TestCase and TestSuite
    classes, and do not need to be explicitly manipulated by writers of
    tests.

    Each instance holds the total number of tests run, and collections of
    failures and errors that occurred among those test runs. The
    collections contain tuples of (testcase, exceptioninfo), where
    exceptioninfo is the formatted traceback of the error that occurred.
    """
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False

    def startTestRun(self):
        """Called once before any tests are executed.

        See startTest for a method called before each test.
        """

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._mirrorOutput = False

    def stopTestRun(self):
        """Called once after all tests are executed.

        See stopTest for a method called after each test.
        """

    @failfast
    def addError(self, test, err):
        """Called when an error has occurred. 'err' is a tuple of values as
        returned by sys.exc_info().
        """
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Called when an error has occurred. 'err' is a tuple of values as
        returned by sys.exc_info()."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest.
        'err' is None if the subtest ended successfully, otherwise it's a
        tuple of values as returned by sys.exc_info().
        """
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append(
            (test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Converts a sys.exc_info()-style tuple of values into a string."""
        exctype, value, tb = err
        frames = self._relevant_frames(exctype, tb, test)
        tb_e = traceback.TracebackException(
            exctype, value, None,
            capture_locals=self.tb_locals, compact=True)
        tb_e.stack = traceback.StackSummary.extract(
            iter(frames), capture_locals=self.tb_locals)
        self._clean_chain(tb_e, value)
        msgLines = list(tb_e.format())
        return ''.join(msgLines)

    def _clean_chain(self, tb_e, value):
        # The chained exceptions (cause and context) lose the frames of the
        # framework too.
        seen = set()
        while tb_e is not None and value is not None and id(value) not in seen:
            seen.add(id(value))
            if value.__cause__ is not None:
                nxt_e, nxt = tb_e.__cause__, value.__cause__
            elif value.__context__ is not None:
                nxt_e, nxt = tb_e.__context__, value.__context__
            else:
                return
            if nxt_e is not None and nxt is not None:
                frames = [(f, n) for f, n in traceback.walk_tb(nxt.__traceback__)
                          if not _is_unittest_frame(f)]
                nxt_e.stack = traceback.StackSummary.extract(iter(frames))
            tb_e, value = nxt_e, nxt

    def _relevant_frames(self, exctype, tb, test):
        frames = list(traceback.walk_tb(tb))
        # Leading frames of the framework itself are not shown.
        while frames and _is_unittest_frame(frames[0][0]):
            del frames[0]
        # For failures the assert methods' own frames are not shown either.
        if test is not None and exctype is test.failureException:
            kept = []
            for f, n in frames:
                if _is_unittest_frame(f):
                    break
                kept.append((f, n))
            frames = kept
        return frames

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


def _is_unittest_frame(frame):
    return '__unittest' in frame.f_globals


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)
