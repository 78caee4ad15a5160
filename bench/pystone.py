# Pystone-style OO simulation: records, small procedures, globals, integer and string work.
# quick-size: 200
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 150000

IDENT_A, IDENT_B, IDENT_C, IDENT_D, IDENT_E = 1, 2, 3, 4, 5


class Packet:
    def __init__(self, link=None, kind=IDENT_A, tag=IDENT_C, count=0, label=""):
        self.link = link
        self.kind = kind
        self.tag = tag
        self.count = count
        self.label = label

    def clone(self):
        return Packet(self.link, self.kind, self.tag, self.count, self.label)


class Machine:
    def __init__(self):
        self.counter = 0
        self.flag = False
        self.letter_a = "A"
        self.letter_b = "B"
        self.table = [0] * 51
        self.grid = [[0] * 51 for _ in range(51)]
        self.head = None

    def step_one(self, packet):
        nxt = packet.link
        nxt_copy = packet.clone()
        packet.count = 5
        nxt_copy.count = packet.count
        nxt_copy.link = packet.link
        nxt_copy.link = self.step_three(nxt_copy.link)
        if nxt_copy.kind == IDENT_A:
            nxt_copy.count = 6
            nxt_copy.tag = self.step_six(packet.tag)
            nxt_copy.link = self.head.link
            nxt_copy.count = self.step_seven(nxt_copy.count, 10)
        else:
            packet = nxt_copy.clone()
        return packet, nxt

    def step_two(self, value):
        local = value + 10
        while True:
            if self.letter_a == "A":
                local -= 1
                value = local - self.counter
                return value

    def step_three(self, link):
        if self.head is not None:
            link = self.head.link
        else:
            self.counter = 100
        self.head.count = self.step_seven(10, self.counter)
        return link

    def step_four(self):
        ok = self.letter_a == "A"
        ok = ok or self.flag
        self.letter_b = "B"
        return ok

    def step_five(self):
        self.letter_a = "A"
        self.flag = False

    def step_six(self, tag):
        result = tag
        if not self.check_tag(tag):
            result = IDENT_D
        if tag == IDENT_A:
            result = IDENT_A
        elif tag == IDENT_B:
            result = IDENT_A if self.counter > 100 else IDENT_D
        elif tag == IDENT_C:
            result = IDENT_B
        elif tag == IDENT_E:
            result = IDENT_C
        return result

    def step_seven(self, a, b):
        return b + a + 2

    def step_eight(self, table, grid, a, b):
        loc = a + 5
        table[loc] = b
        table[loc + 1] = table[loc]
        table[loc + 30] = loc
        for i in range(loc, loc + 2):
            grid[loc][i] = loc
        grid[loc][loc - 1] += 1
        grid[loc + 20][loc] = table[loc]
        self.counter = 5

    def compare_chars(self, c1, c2):
        if c1 != c2:
            return IDENT_A
        return IDENT_B

    def compare_strings(self, s1, s2):
        i = 1
        while i <= 1:
            if self.compare_chars(s1[i], s2[i + 1]) == IDENT_A:
                i += 1
        if s1 > s2:
            self.counter = i + 7
            return True
        return False

    def check_tag(self, tag):
        return tag == IDENT_C


def run(loops):
    m = Machine()
    m.head = Packet(None, IDENT_A, IDENT_C, 40, "SOME STRING")
    head = Packet(m.head, IDENT_A, IDENT_C, 40, "SOME STRING")
    s1 = "PROGRAM, 1'ST STRING"
    total = 0
    for i in range(loops):
        m.step_five()
        ok = m.step_four()
        a, b = 2, 3
        s2 = "PROGRAM, 2'ND STRING"
        tag = IDENT_B
        m.flag = not m.compare_strings(s1, s2)
        while a < b:
            c = 5 * a - b
            c = m.step_seven(a, b)
            a += 1
        m.step_eight(m.table, m.grid, a, c)
        head, _ = m.step_one(head)
        ch = "A"
        while ch <= m.letter_b:
            if tag == m.compare_chars(ch, "C"):
                tag = m.step_six(IDENT_A)
            ch = chr(ord(ch) + 1)
        b = b * a
        a = b // c
        b = 7 * (b - c) - a
        a = m.step_two(a)
        total += a + b + c + head.count + m.counter + (1 if ok else 0) + tag
    return total + sum(m.table) + sum(sum(r) for r in m.grid)


print("pystone", N, run(N))
