# grade book report with averages and letter grades
marks = {"ann": [78, 92, 85], "bob": [55, 61, 70], "cy": [99, 95, 100], "dee": [40, 52, 48]}
def letter(avg):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return l
    return "F"
print("%-5s %6s %s" % ("name", "avg", "grade"))
for name in sorted(marks, key=lambda n: -sum(marks[n])):
    avg = sum(marks[name]) / len(marks[name])
    print("%-5s %6.2f %s" % (name, avg, letter(avg)))
best_test = [max(m[i] for m in marks.values()) for i in range(3)]
print("best per test", best_test)
print("passed", sorted(n for n, m in marks.items() if min(m) >= 50))
