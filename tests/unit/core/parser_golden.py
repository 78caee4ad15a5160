#!/usr/bin/env python3
"""Regenerates parser_golden.inc: Python snippets with CPython 3.11's ast.dump of each (the oracle for
parser_ast_test.cpp). Run: python3 tests/unit/core/parser_golden.py  (needs CPython 3.11)."""
import ast
import os
import sys

CASES = [
    # literals
    "1", "0", "123456789", "1_000_000", "0x_ff", "0XFF", "0o17", "0b1010", "0b1_0", "000", "0_0",
    "1.5", "1.", ".5", "1e10", "1E-3", "1_0.2_5e1_0", "2j", "1.5J", "0.0",
    "'abc'", '"abc"', "'a\\'b'", '"a\\"b"', "'\\n\\t\\\\'", "'\\x41\\101\\u00e9\\U0001F600'", "'\\q'",
    "b'abc'", "B'\\x00\\xff'", "rb'\\n'", "BR'\\d'", "r'\\n'", "R'\\''", "u'x'", "U'x'",
    "'''a\nb'''", '"""a\n\'"b"""', "'a' 'b'", "'a' \"b\" '''c'''", "b'a' b'b'", "'\\\nx'",
    "''", "b''", "'é'", "'\\N{BULLET}\\N{latin small letter e with acute}x'", "b'\\N{BULLET}'",
    "f'\\N{DEGREE SIGN}{x}\\N{GREEK SMALL LETTER PI}'", "True", "False", "None", "...",
    # f-strings
    "f'a{x}b'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x!a}'", "f'{x:>{w}.{p}f}'", "f'{x=}'", "f'{x = }'",
    "f'{x=!s}'", "f'{x=:>5}'", "f'{{}}{x}'", "f'a' 'b' f'{c}'", "'a' f'{b}' 'c'", "f''", "F'{x}'",
    "rf'\\n{x}'", "fR'{x}\\d'", "f'{x:}'", "f'{3!=4}'", "f'{a, b}'", "f'{(lambda: 1)()}'",
    "f\"{'a' if x else 'b'}\"", "f'{x[\"k\"]}'", "f'''{\nx\n}'''", "f'{x:{{y}}}'", "f'{ x }'",
    # names, attributes, subscripts, calls
    "x", "a.b.c", "a[1]", "a[1:2]", "a[::2]", "a[1:2:3]", "a[:]", "a[1:2, ::3]", "a[1,]", "a[x, y]",
    "a[*b]", "f()", "f(1, 2)", "f(a, *b, c=1, **d)", "f(x for x in y)", "f(*a, *b, **c, **d)",
    "f(a)(b)[c].d", "f(x=1, *y)", "f(a,)", "f(**k, x=1)", "f(y := 1)",
    # operators
    "a + b * c", "(a + b) * c", "a - b - c", "a ** b ** c", "-a ** b", "-(-a)", "~a", "+a", "not a",
    "a // b % c @ d / e", "a << b >> c", "a | b ^ c & d", "a and b and c", "a or b and c",
    "not a and not b", "a < b <= c", "a == b != c", "a is not b", "a not in b", "a in b is c",
    "a if b else c", "a if b else c if d else e", "lambda: 0", "lambda x, y=1, *a, z, w=2, **k: x",
    "lambda *, k: k", "lambda a, /, b: a", "(x := 5)", "await x", "-1", "2**-1", "a.b ** -c.d",
    # displays
    "()", "(1,)", "(1, 2)", "1, 2", "[]", "[1, 2]", "[1, *a]", "{}", "{1: 2}", "{1: 2, **a, 3: 4}",
    "{1}", "{1, *a}", "[x for x in y]", "[x for x in y if x if y for z in w]", "{x for x in y}",
    "{k: v for k, v in d.items()}", "(x for x in y)", "[x async for x in y]", "[(x, y) for x, in z]",
    "[x for x in (yield)]",
    # statements
    "pass", "break", "continue", "return", "return 1", "return 1, 2", "return *a, b",
    "x = 1", "x = y = 1", "x, y = 1, 2", "[x, y] = z", "x, = y", "a.b = c", "a[b] = c", "*a, b = c",
    "(a) = 1", "(a), b = c", "() = x", "[] = x",
    "x += 1", "x -= 1", "x *= 1", "x /= 1", "x //= 1", "x %= 1", "x **= 1", "x @= 1", "x &= 1",
    "x |= 1", "x ^= 1", "x <<= 1", "x >>= 1", "a.b += 1", "a[1] += 2", "x += yield",
    "x: int", "x: int = 1", "(x): int = 1", "a.b: int", "a[0]: int = 1",
    "del x", "del x, y", "del (x, y), [z]", "del a.b, a[c]", "del x,",
    "assert x", "assert x, 'msg'", "raise", "raise E", "raise E from e", "raise E(1) from None",
    "global x", "global x, y", "nonlocal x",
    "import a", "import a.b.c", "import a as b, c.d as e", "from a import b", "from a import (b, c,)",
    "from a import b as c", "from . import a", "from .. import a", "from ...a import b",
    "from .a.b import *", "from .... import x",
    "x = yield", "x = yield 1", "x = yield from y", "yield", "yield 1, 2", "await f()",
    "f(); g()", "f();",
    "if a:\n    pass", "if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g", "if a: b; c",
    "while a:\n    b\nelse:\n    c", "for x in y:\n    pass\nelse:\n    z", "for x, y in z: pass",
    "for x, in y: pass", "for *a, b in c: pass", "for x in 1, 2: pass", "async for x in y: pass",
    "try:\n    a\nexcept:\n    b", "try:\n    a\nexcept E as e:\n    b\nexcept (F, G):\n    c\nelse:\n    d\nfinally:\n    e",
    "try:\n    a\nfinally:\n    b", "try:\n    a\nexcept* E:\n    b",
    "with a: pass", "with a as b: pass", "with a as b, c as d: pass", "with (a as b, c): pass",
    "with (a, b): pass", "with (a, b) as c: pass", "with (a): pass", "with (a) as b: pass",
    "with a as (b, c): pass", "with (a as b,): pass", "async with a as b: pass", "with a as b.c: pass",
    "def f(): pass", "def f(a, b=1, *c, d, e=2, **f): pass", "def f(a, /, b, *, c): pass",
    "def f(a: int, *b: str, **c: float) -> None: pass", "def f(a=1, /, b=2): pass",
    "def f(*, a=1, b): pass", "async def f(): await x", "@d\ndef f(): pass",
    "@a.b(c)\n@d\nclass C: pass", "@x[0]\ndef f(): pass", "class C: pass", "class C(): pass",
    "class C(A, B, metaclass=M, **k): pass", "class C(*bases): pass",
    "def f():\n    x = 1\n    return x", "def f():\n    def g():\n        return 1\n    return g",
    "x = 1  # comment\n# another\ny = 2", "if x:\n    # comment\n    pass\n", "x = (1 +\n     2)",
    "x = [\n    1,\n    2,\n]", "x = 1 + \\\n    2", "if a:\n\tpass", "if a:\n        b\n        c",
    "if a:\n    if b:\n        c\n    d\ne", "\n\n\nx\n\n\n", "x;", "class C:\n    x = 1\n    def f(self): pass",
    "print(*a, sep='')", "a = b = c = d", "f(a)[b] = c", "x = lambda: (yield)",
    "def f():\n    return (yield)", "x = not a == b", "x = a if b else lambda: c",
    "l[a:b, c:d]", "l[lambda: 0]", "x = {**a}", "x = {*a}", "x = [*a]", "print(f'{x!r:^{w}}')",
]

def dump(src):
    # mbpy's Constant has no `kind` (CPython marks u'' strings with kind='u'; it changes nothing).
    return ast.dump(ast.parse(src)).replace(", kind='u'", "")

def raw(s):
    d = "~~"
    assert ')' + d + '"' not in s
    return 'R"' + d + '(' + s + ')' + d + '"'

out = ["// Generated by parser_golden.py from CPython %d.%d's ast.dump; do not edit." % sys.version_info[:2]]
for src in CASES:
    out.append("{%s,\n %s}," % (raw(src), raw(dump(src))))
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "parser_golden.inc"), "w") as f:
    f.write("\n".join(out) + "\n")
print(len(CASES), "cases")
