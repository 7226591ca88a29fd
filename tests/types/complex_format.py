# repr and format of complex numbers with special values.
for z in [0j, 1j, -1j, 1 + 0j, -1 - 1j, 1.5 + 2.5j, 1e20 + 1e-20j, complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(float("inf"), 1), complex(1, float("-inf")), complex(float("nan"), 0), 1 / 3 + 2j / 3, 123456789 + 1j]:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "g"), format(z, ">20"))
print(f"{1 + 2j:+.3e}", f"{2j:10.1f}|", f"{-1j:^12}|")
print(complex("1e3+2.5e-1j"), complex("-j"), complex("+1j"), complex("inf+nanj"), complex("1_0+2_0j"))
for bad in ["", "j1", "1+2", "(1+2j", "1 + 2j", "i"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
