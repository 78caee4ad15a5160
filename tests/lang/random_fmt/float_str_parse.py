# parsing many float spellings agrees with repr
from _lcg import LCG
g = LCG(8)
for i in range(1500):
    ip = str(g.below(100000))
    fp = str(g.below(100000)).rjust(5, "0")
    ex = g.below(60) - 30
    forms = [ip + "." + fp, ip + "." + fp + "e" + str(ex), "." + fp, ip + "e" + str(ex), ip + "." + fp + "E+" + str(abs(ex))]
    s = forms[g.below(len(forms))]
    print(s, repr(float(s)))
