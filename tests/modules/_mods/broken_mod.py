print("broken_mod starts")
PARTIAL = 1
raise ValueError("broken_mod fails while importing")
