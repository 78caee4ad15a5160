# TypeError for int + str: MicroPython's message names the operator method
score = 3
print("score: " + str(score))
print(score + " points")
