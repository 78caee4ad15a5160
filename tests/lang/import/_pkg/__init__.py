# package init: runs once on first import
print("_pkg init")
PKG_NAME = "pkg"
from .sub import sub_func
