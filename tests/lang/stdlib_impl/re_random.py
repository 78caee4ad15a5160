# re: generated patterns (two seeds) (a small grammar) against generated subjects; every result printed, compared with
# CPython. A fixed LCG keeps the cases identical on both sides.
import re

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


ATOMS = ['a', 'b', 'c', '.', '\\d', '\\w', '\\s', '[ab]', '[^a]', '[a-c1]', 'x', '\\b', '^', '$', ' ']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,}', '{,2}']


def gen(depth):
    parts = []
    for _ in range(1 + rnd(3)):
        k = rnd(10)
        if k < 7 or depth > 2:
            a = ATOMS[rnd(len(ATOMS))]
            if a in ('\\b', '^', '$'):
                parts.append(a)
                continue
        elif k < 9:
            a = '(' + gen(depth + 1) + ('|' + gen(depth + 1) if rnd(2) else '') + ')'
        else:
            a = '(?:' + gen(depth + 1) + ')'
        parts.append(a + QUANTS[rnd(len(QUANTS))])
    return ''.join(parts)


def subject():
    return ''.join('abc1 x\n'[rnd(7)] for _ in range(rnd(12)))


def run(seed, count):
    global state
    state = seed
    for i in range(count):
        run_one(i)


def run_one(i):
    p = gen(0)
    s = subject()
    try:
        rx = re.compile(p)
    except re.error:
        print(i, 'compile error')
        return
    m = rx.search(s)
    out = [repr(p), repr(s)]
    out.append(m.span() if m else None)
    out.append(m.groups() if m else None)
    out.append(rx.findall(s))
    out.append(rx.sub('<\\g<0>>', s))
    out.append(rx.split(s))
    f = rx.fullmatch(s)
    out.append(f.span() if f else None)
    flags = re.compile(p, re.I | re.M | re.S).findall(s.upper())
    out.append(flags)
    print(i, *out)


run(12345, 300)
run(555, 200)  # a second seed
