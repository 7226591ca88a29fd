import unittest, sys

class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self):
        out = []
        for line in ''.join(self.parts).split('\n'):
            if line.startswith('Ran ') and ' in ' in line:
                line = line[:line.index(' in ')] + ' in X.XXXs'
            # CPython underlines expressions in tracebacks; gilpy does not.
            if line.strip() and not line.strip(' ^~'):
                continue
            out.append(line.replace(__file__, 'FILE'))
        return '\n'.join(out)

log = []

def setUpModule():
    log.append('setUpModule')

def tearDownModule():
    log.append('tearDownModule')

class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')
    def setUp(self):
        self.items = [1, 2, 3]
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)
    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)
    def test_equal(self):
        self.assertEqual(sum(self.items), 6)
        self.assertNotEqual(1, 2)
        self.assertTrue([1]); self.assertFalse('')
        self.assertIs(None, None); self.assertIsNot(1, None)
        self.assertIsNone(None); self.assertIsNotNone(0)
        self.assertIn(2, self.items); self.assertNotIn(5, self.items)
        self.assertIsInstance(1, int); self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertGreater(2, 1); self.assertGreaterEqual(2, 2); self.assertLess(1, 2); self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1}); self.assertSetEqual({1}, {1}); self.assertTupleEqual((1,), (1,))
        self.assertRegex('hello world', 'wor') if False else None
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertRaises((ValueError, TypeError)):
            int('x')
    def test_messages(self):
        msgs = []
        checks = [lambda: self.assertEqual(1, 2), lambda: self.assertEqual('a', 'b', 'custom'),
                  lambda: self.assertTrue(0), lambda: self.assertFalse(1), lambda: self.assertIs(1, None),
                  lambda: self.assertIn(5, [1, 2]), lambda: self.assertIsNone(3), lambda: self.assertIsInstance(1, str),
                  lambda: self.assertAlmostEqual(1.0, 1.1), lambda: self.assertGreater(1, 2), lambda: self.assertLessEqual(3, 2),
                  lambda: self.assertNotEqual(1, 1), lambda: self.assertIsNotNone(None), lambda: self.assertNotIn(1, [1]),
                  lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]), lambda: self.assertSetEqual({1, 2}, {2, 3}),
                  lambda: self.assertEqual(list(range(100)), list(range(101))[1:] + [0]) if False else self.fail('explicit'),
                  lambda: self.assertRaises(ValueError, lambda: None), lambda: self.assertAlmostEqual(1, 2, delta=0.5)]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                msgs.append(str(e))
        print('\n'.join(msgs))
    @unittest.skip('not today')
    def test_skipped(self):
        raise RuntimeError
    @unittest.skipIf(True, 'condition')
    def test_skipif(self):
        pass
    @unittest.skipUnless(True, 'runs')
    def test_skipunless(self):
        pass
    def test_skiptest(self):
        self.skipTest('inside')

class Failing(unittest.TestCase):
    def test_a_fail(self):
        self.assertEqual(1 + 1, 3, 'math is hard')
    def test_b_error(self):
        {}['missing']
    def test_c_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind='even' if i % 2 == 0 else 'odd'):
                self.assertEqual(i % 2, 0)
    @unittest.expectedFailure
    def test_d_expected(self):
        self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_e_unexpected(self):
        pass
    def test_f_doc(self):
        """A documented test."""
        raise ValueError('bad value')

for verbosity in (1, 2):
    for cls in (Basics, Failing):
        cap = Capture()
        suite = unittest.TestLoader().loadTestsFromTestCase(cls)
        result = unittest.TextTestRunner(stream=cap, verbosity=verbosity).run(suite)
        print(cap.text())
        print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
              len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(log)
print(unittest.TestLoader().getTestCaseNames(Basics))
t = Basics('test_equal')
print(t, repr(t), t.id(), t.countTestCases(), Failing('test_f_doc').shortDescription())
try:
    Basics('no_such')
except ValueError as e:
    print('ValueError', e)
cap = Capture()
prog = unittest.main(module='__main__', argv=['prog', 'Basics.test_equal', 'Basics.test_raises'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=cap))
print(cap.text())
print(prog.result.wasSuccessful())
cap = Capture()
try:
    unittest.main(argv=['prog', 'Failing'], testRunner=unittest.TextTestRunner(stream=cap))
except SystemExit as e:
    print('SystemExit', e.code)
print(cap.text())
