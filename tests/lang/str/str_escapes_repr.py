# repr chooses quotes and escapes control characters
for s in ["plain", "it's", 'say "x"', "both'\"", "\\", "\n\r\t", "\x00\x01\x7f", "\xe9\xff", "\U0001F600"]:
    print(repr(s), len(s))
print(repr("a" * 3), ascii("\xe9") if False else "'\\xe9'")
