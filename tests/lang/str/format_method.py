# str.format: positional, keyword, index, attribute, conversions
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{0}{0}".format("x"), "{name}!".format(name="hi"))
print("{0[1]} {d[k]}".format([5, 6], d={"k": "v"}), "{!r} {!s}".format("s", "s"), "{{}} {}".format(1))
class P:
    x = 3
print("{0.x} {p.x}".format(P(), p=P()))
print("{:>6}|{:<6}|{:^6}|{:*^7}|{:06}|{:+}|{:x}|{:#b}|{:,}".format("a", "b", "c", "d", 42, 5, 255, 5, 10 ** 9))
print("{:.3}".format("abcdef"), "{:10.3f}|".format(3.14159), "{:>{w}}".format("r", w=5), "{:{f}{a}{w}}".format(1, f="_", a="<", w=4))
print("{0:{1}}|".format("pad", 6), "{:d}".format(True), "{:s}".format("x"), "{}".format(None))
for bad in ["{", "}", "{0} {}", "{:d}"]:
    try:
        print(bad.format("x"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__)
