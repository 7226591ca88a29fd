print("circ_a start")
import circ_b
A_VALUE = "a"
def use_b():
    return circ_b.B_VALUE
print("circ_a end")
