# a user-defined exception class escapes to the top level
class GameOver(Exception):
    pass

def play(lives):
    while True:
        lives -= 1
        if lives == 0:
            raise GameOver("no lives left")

play(3)
