print("circ_b start")
import circ_a
B_VALUE = "b"
def use_a():
    return circ_a.A_VALUE
print("circ_b sees circ_a has A_VALUE:", hasattr(circ_a, "A_VALUE"))
print("circ_b end")
