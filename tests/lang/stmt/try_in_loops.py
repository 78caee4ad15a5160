# try/except inside loops with continue/break and else
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
total = 0
for d in [1, 2, 0, 4]:
    try:
        total += 10 // d
    except ZeroDivisionError:
        total -= 1
print(total)
