# an exception raised inside a generator shows the generator's frame
def gen():
    yield 1
    raise RuntimeError("gen failed")

for v in gen():
    print(v)
