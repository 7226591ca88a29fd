# The __future__ module's feature records, and compile() taking the
# annotations feature flag.
import __future__

print(__future__.all_feature_names == __future__.__all__[1:])
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)

src = "def f(x: Missing, *, y: 'q' = 1) -> List[int]: pass\n"
ns = {}
exec(compile(src, "<s>", "exec", __future__.annotations.compiler_flag), ns)
print(ns["f"].__annotations__)
ns = {}
try:
    exec(compile(src, "<s>", "exec", __future__.division.compiler_flag), ns)
except NameError as e:
    print("NameError:", e)
print(eval(compile("1 + 2", "<e>", "eval", __future__.print_function.compiler_flag)))
for flags, mode in [(1 << 28, "eval"), (1 << 28, "bad"), (-1, "eval"), (1 << 40, "eval")]:
    try:
        compile("1", "<e>", mode, flags)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
