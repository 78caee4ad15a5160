# deterministic 64-bit LCG shared by the randomized tests (the random module differs between implementations)
class LCG:
    def __init__(self, seed):
        self.x = seed & 0xFFFFFFFFFFFFFFFF
    def next64(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.x
    def below(self, n):
        return (self.next64() >> 11) % n
