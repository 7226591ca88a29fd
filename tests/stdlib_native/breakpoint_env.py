# The default sys.breakpointhook follows $PYTHONBREAKPOINT: "0" turns
# breakpoint() off, "module.name" names the callable, and a name that cannot
# be imported gives a RuntimeWarning and nothing else.
import os
import warnings

os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint(), breakpoint(1, 2, key=3))
os.environ['PYTHONBREAKPOINT'] = 'builtins.print'
breakpoint('via', 'print', sep='-')
os.environ['PYTHONBREAKPOINT'] = 'print'
breakpoint('bare', 'name')
for name in ['nosuchmodule_xyz.fn', 'os.no_such_function_xyz']:
    os.environ['PYTHONBREAKPOINT'] = name
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(breakpoint())
        print(len(w), w[0].category.__name__, str(w[0].message))
del os.environ['PYTHONBREAKPOINT']
