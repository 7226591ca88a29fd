__all__ = ["alpha", "beta", "TOP"]
TOP = "pkg2 top"
