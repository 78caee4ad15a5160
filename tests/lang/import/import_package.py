# packages with __init__.py, submodules and relative imports
import _pkg
print(_pkg.PKG_NAME, _pkg.sub_func())
import _pkg.sub
print(_pkg.sub.sub_func() == _pkg.sub_func())
from _pkg import sibling
print(sibling.name(), sibling.SIB)
from _pkg.deep import leaf
print(leaf.where())
import _pkg.deep.leaf as lf
print(lf is leaf, _pkg.deep.DEEP)
from _pkg.sibling import *
print(SIB)
