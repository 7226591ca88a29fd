"""
Python unit testing framework, based on Erich Gamma's JUnit and Kent Beck's
Smalltalk testing framework.

Simple usage:

    import unittest

    class IntegerArithmeticTestCase(unittest.TestCase):
        def testAdd(self):
            self.assertEqual((1 + 2), 3)

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite',
           'findTestCases']
__all__.remove('IsolatedAsyncioTestCase')

# Frames of modules that define __unittest are left out of the tracebacks
# shown for failing tests.
__unittest = True

from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite,
                     getTestCaseNames, findTestCases)
from .result import TestResult
from .runner import TextTestRunner, TextTestResult
from .main import main, TestProgram


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None


__dir__ = None
del __dir__
