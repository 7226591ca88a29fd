NESTED = "pkg.nested"
