"""Unittest main program"""

import sys

from . import loader, runner

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


def _convert_select_pattern(pattern):
    if not '*' in pattern:
        pattern = '*%s*' % pattern
    return pattern


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
       for making test modules conveniently executable.
    """
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rstrip('/').rpartition('/')[2] if argv else ''
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        self._main_parser.print_help()
        print(MAIN_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        if self.module is None and (len(argv) < 2 or argv[1] == 'discover'
                                    or argv[1].startswith('-')
                                    and argv[1] not in ('-h', '--help')
                                    and not any(not a.startswith('-')
                                                for a in argv[1:])):
            self._do_discovery(argv[2:] if len(argv) > 1 and
                               argv[1] == 'discover' else argv[1:])
            return
        self._initArgParsers()
        self._main_parser.parse_args(argv[1:], self)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.tests:
            self.testNames = self.tests
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _initArgParsers(self):
        import argparse
        parser = argparse.ArgumentParser(add_help=False)
        parser.add_argument('-h', '--help', action='help',
                            help='show this help message and exit')
        parser.add_argument('-v', '--verbose', dest='verbosity',
                            action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity',
                            action='store_const', const=0,
                            help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals',
                            action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('-f', '--failfast', dest='failfast',
                            action='store_true',
                            help='Stop on first fail or error')
        parser.add_argument('-c', '--catch', dest='catchbreak',
                            action='store_true',
                            help='Catch Ctrl-C and display results so far')
        parser.add_argument('-b', '--buffer', dest='buffer',
                            action='store_true',
                            help='Buffer stdout and stderr during tests')
        parser.add_argument('-k', dest='testNamePatterns',
                            action='append', type=_convert_select_pattern,
                            help='Only run tests which match the given '
                                 'substring')
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, '
                                 'classes and test methods.')
        parser.prog = self.progName
        parser.print_help = self._print_help
        self._main_parser = parser

    def _do_discovery(self, argv):
        import argparse
        parser = argparse.ArgumentParser(prog='%s discover' % self.progName)
        parser.add_argument('-v', '--verbose', dest='verbosity',
                            action='store_const', const=2)
        parser.add_argument('-q', '--quiet', dest='verbosity',
                            action='store_const', const=0)
        parser.add_argument('-f', '--failfast', dest='failfast',
                            action='store_true')
        parser.add_argument('-b', '--buffer', dest='buffer',
                            action='store_true')
        parser.add_argument('-k', dest='testNamePatterns', action='append',
                            type=_convert_select_pattern)
        parser.add_argument('-s', '--start-directory', dest='start',
                            default='.')
        parser.add_argument('-p', '--pattern', dest='pattern',
                            default='test*.py')
        parser.add_argument('-t', '--top-level-directory', dest='top',
                            default=None)
        parser.add_argument('start_pos', nargs='?')
        parser.add_argument('pattern_pos', nargs='?')
        parser.add_argument('top_pos', nargs='?')
        ns = parser.parse_args(argv)
        if ns.verbosity is not None:
            self.verbosity = ns.verbosity
        self.failfast = ns.failfast
        self.buffer = ns.buffer
        if ns.testNamePatterns:
            self.testLoader.testNamePatterns = ns.testNamePatterns
        start = ns.start_pos or ns.start
        pattern = ns.pattern_pos or ns.pattern
        top = ns.top_pos or ns.top
        self.test = self.testLoader.discover(start, pattern, top)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
