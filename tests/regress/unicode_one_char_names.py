# One-character identifiers outside Latin-1 are interned like any other name.
π = 3.14
λ = lambda x: x + 1
é = "e"
class Ω:
    σ = 2
def f(α, β=2):
    return α * β
print(π, λ(1), é, Ω.σ, f(α=3), getattr(Ω, "σ"), "π" in globals())
print(globals()["π"], vars(Ω)["σ"])
ж = {}
ж["к"] = 1
print(ж)
