# raising SystemExit() ends with status 0
print("done")
raise SystemExit
