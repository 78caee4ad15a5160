# evaluation order and short-circuiting
log = []
def t(v):
    log.append(v)
    return v
r = t(0) and t(1)
r2 = t(2) or t(3)
r3 = t(0) or t("") or t(None)
r4 = t(1) and t(2) and t(3)
print(r, r2, r3, r4, log)
log.clear()
x = [t("a"), t("b")][t(1)]
print(x, log)
log.clear()
d = {t("k"): t("v")}
print(log)
log.clear()
t("left") + t("right") if False else t("cond-false")
print(log)
