SIB = "sib-const"
def name():
    return "sibling"
