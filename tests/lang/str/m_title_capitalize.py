# title and capitalize rules around digits, apostrophes and mixed case
for s in ["hello world", "HELLO WORLD", "hello-world", "3rd place", "o'neil", "mIcRo:bIt", "a", "", " lead space", "x1y2"]:
    print(repr(s), s.title(), s.capitalize(), s.istitle(), s.title().istitle())
