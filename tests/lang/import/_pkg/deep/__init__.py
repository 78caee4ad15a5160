DEEP = "deep-init"
