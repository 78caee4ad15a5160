# two-dot relative import from a nested package
from .. import PKG_NAME
from ..sibling import name as sibling_name
def where():
    return "leaf in " + PKG_NAME + " near " + sibling_name()
