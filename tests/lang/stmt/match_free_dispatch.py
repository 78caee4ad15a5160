# dispatch tables with dicts of functions (what micro:bit programs use instead of match)
def on_a(state):
    state["x"] -= 1
def on_b(state):
    state["x"] += 1
def on_ab(state):
    state["x"] = 2
handlers = {"A": on_a, "B": on_b, "AB": on_ab}
state = {"x": 2}
for ev in "A A B AB B B B Z".split():
    h = handlers.get(ev)
    if h:
        h(state)
    state["x"] = max(0, min(4, state["x"]))
    print(ev, state["x"], "." * state["x"] + "#" + "." * (4 - state["x"]))
