"""Loading unittests."""

import sys
import functools

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super(_FailedTest, self).__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _jython_aware_splitext(path):
    if path.lower().endswith('$py.class'):
        return path[:-9]
    return path.rpartition('.')[0] if '.' in path else path


class TestLoader(object):
    """
    This class is responsible for loading tests according to various
    criteria and returning them wrapped in a TestSuite
    """
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        loaded_suite = self.suiteClass(map(testCaseClass, testCaseNames))
        return loaded_suite

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Return a suite of all test cases contained in the given module"""
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))

        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_test(
                    module.__name__, e, self.suiteClass,
                    'Failed to call load_tests:')
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """Return a suite of all test cases given a string specifier.

        The name may resolve either to a module, a test case class, a
        test method within a test case class, or a callable object which
        returns a TestCase or TestSuite instance.
        """
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError as e:
                    parts_copy.pop()
                    if not parts_copy:
                        error_case, error_message = _make_failed_test(
                            name, e, self.suiteClass,
                            'Failed to import test module: %s' % name)
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        parent = None
        obj = module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (e,))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        elif isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        elif (callable(obj) and not isinstance(obj, type) and
              isinstance(parent, type) and
              issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" %
                                (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """Return a suite of all test cases found using the given sequence
        of string specifiers. See 'loadTestsFromName()'.
        """
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Find and return all test modules from the specified start
        directory, recursing into subdirectories that are packages."""
        return _discover(self, start_dir, pattern, top_level_dir)

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within
        testCaseClass
        """
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            fullName = f'%s.%s.%s' % (
                testCaseClass.__module__, testCaseClass.__qualname__, attrname
            )
            return self.testNamePatterns is None or \
                any(_fnmatch_case(fullName, pattern)
                    for pattern in self.testNamePatterns)
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames


def _discover(loader, start_dir, pattern, top_level_dir):
    import os
    if top_level_dir is None:
        top_level_dir = start_dir
    top_level_dir = os.path.abspath(top_level_dir)
    start_dir = os.path.abspath(start_dir)
    if top_level_dir not in sys.path:
        sys.path.insert(0, top_level_dir)
    tests = []

    # Files and package directories are visited in one sorted order.
    def visit(directory):
        for name in sorted(os.listdir(directory)):
            full = os.path.join(directory, name)
            if os.path.isdir(full):
                if os.path.isfile(os.path.join(full, '__init__.py')):
                    visit(full)
                continue
            if not name.endswith('.py') or not _fnmatch_case(name, pattern):
                continue
            rel = os.path.relpath(full[:-3], top_level_dir)
            if rel.startswith('..'):
                continue
            module_name = rel.replace(os.sep, '.')
            try:
                __import__(module_name)
            except Exception as e:
                error_case, error_message = _make_failed_test(
                    module_name, e, loader.suiteClass,
                    'Failed to import test module: %s' % module_name)
                loader.errors.append(error_message)
                tests.append(error_case)
                continue
            module = sys.modules[module_name]
            tests.append(loader.loadTestsFromModule(module, pattern=pattern))

    visit(start_dir)
    return loader.suiteClass(tests)


def _fnmatch_case(name, pattern):
    # Shell-style matching with * and ? only, which is what -k patterns
    # are turned into.
    import fnmatch
    return fnmatch.fnmatchcase(name, pattern)


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp,
                     testNamePatterns=None):
    return _makeLoader(prefix, sortUsing,
                       testNamePatterns=testNamePatterns).getTestCaseNames(
                           testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(
        module)
