# hangman with a fixed word and guess list
word = "microbit"
guesses = list("eitaorbzmcq")
known = set()
lives = 5
for g in guesses:
    if g in word:
        known.add(g)
        result = "hit"
    else:
        lives -= 1
        result = "miss"
    shown = "".join(c if c in known else "_" for c in word)
    print(g, result, shown, "lives", lives)
    if "_" not in shown:
        print("won with", lives, "lives")
        break
    if lives == 0:
        print("lost")
        break
