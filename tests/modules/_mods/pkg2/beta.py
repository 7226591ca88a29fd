from .alpha import NAME as ALPHA_NAME
NAME = "beta sees " + ALPHA_NAME
