# inventory management with dicts, sorting, and report formatting
stock = {}
def add(item, qty, price):
    if item in stock:
        stock[item]["qty"] += qty
    else:
        stock[item] = {"qty": qty, "price": price}
def sell(item, qty):
    s = stock.get(item)
    if s is None or s["qty"] < qty:
        return False
    s["qty"] -= qty
    return True
add("led", 50, 0.15)
add("battery", 10, 1.2)
add("cable", 5, 2.5)
add("led", 25, 0.15)
print(sell("led", 30), sell("cable", 6), sell("motor", 1), sell("battery", 10))
print("%-10s %5s %8s" % ("item", "qty", "value"))
total = 0
for name in sorted(stock):
    s = stock[name]
    value = s["qty"] * s["price"]
    total += value
    print("%-10s %5d %8.2f" % (name, s["qty"], value))
print("total %.2f" % total)
print("out of stock:", [n for n, s in stock.items() if s["qty"] == 0])
