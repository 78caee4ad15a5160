# micro:bit-shaped game loop: a catch-the-drops game on the 5x5 display with scripted button
# presses, sprites as objects, a frame buffer rebuilt every tick, and a score.
# quick-size: 200
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 60000  # frames


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 16) % bound


class Sprite:
    def __init__(self, x, y, brightness):
        self.x = x
        self.y = y
        self.brightness = brightness

    def move(self, dx, dy):
        self.x = max(0, min(4, self.x + dx))
        self.y += dy

    def on_screen(self):
        return 0 <= self.y < 5


class Buttons:
    """Scripted presses standing in for button_a/button_b.was_pressed()."""

    def __init__(self, rng):
        self.rng = rng
        self.a = False
        self.b = False

    def poll(self):
        r = self.rng.next(10)
        self.a = r == 0
        self.b = r == 1

    def was_pressed(self, which):
        return self.a if which == "A" else self.b


class Game:
    def __init__(self):
        self.rng = Rng(2024)
        self.buttons = Buttons(Rng(99))
        self.player = Sprite(2, 4, 9)
        self.drops = []
        self.score = 0
        self.lives = 3
        self.tick = 0
        self.games = 0
        self.screen = [[0] * 5 for _ in range(5)]

    def update(self):
        self.tick += 1
        self.buttons.poll()
        if self.buttons.was_pressed("A"):
            self.player.move(-1, 0)
        if self.buttons.was_pressed("B"):
            self.player.move(1, 0)
        # chase the lowest drop a little, as a player would
        if self.drops and self.tick % 3 == 0:
            lowest = max(self.drops, key=lambda d: d.y)
            if lowest.x < self.player.x:
                self.player.move(-1, 0)
            elif lowest.x > self.player.x:
                self.player.move(1, 0)
        if self.tick % 4 == 0:
            for d in self.drops:
                d.move(0, 1)
            kept = []
            for d in self.drops:
                if d.y == 4 and d.x == self.player.x:
                    self.score += d.brightness
                elif d.on_screen():
                    kept.append(d)
                else:
                    self.lives -= 1
            self.drops = kept
        if self.tick % 6 == 0 and len(self.drops) < 4:
            self.drops.append(Sprite(self.rng.next(5), 0, 3 + self.rng.next(7)))
        if self.lives <= 0:
            self.games += 1
            self.lives = 3
            self.drops = []

    def render(self):
        screen = self.screen
        for y in range(5):
            row = screen[y]
            for x in range(5):
                row[x] = max(0, row[x] - 3)  # fade, like a persistence-of-vision trail
        for d in self.drops:
            screen[d.y][d.x] = d.brightness
        screen[self.player.y][self.player.x] = self.player.brightness
        return sum(sum(r) for r in screen)


game = Game()
lit = 0
for frame in range(N):
    game.update()
    lit += game.render()
print("microbit_game", N, game.score, game.games, lit)
