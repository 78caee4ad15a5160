# a tiny text adventure driven by scripted commands
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "lab", "east": "store"}, "items": ["torch"]},
    "lab": {"desc": "a lab full of micro:bits", "exits": {"south": "hall"}, "items": ["microbit", "cable"]},
    "store": {"desc": "a storeroom", "exits": {"west": "hall"}, "items": []},
}
here = "hall"
bag = []
script = ["look", "take torch", "go north", "take microbit", "take lamp", "go up", "go south", "go east", "drop torch", "look", "inventory"]
for cmd in script:
    verb, _, arg = cmd.partition(" ")
    room = rooms[here]
    if verb == "look":
        print("You are in %s. Exits: %s. Items: %s" % (room["desc"], ", ".join(sorted(room["exits"])), room["items"] or "none"))
    elif verb == "go":
        if arg in room["exits"]:
            here = room["exits"][arg]
            print("You go", arg, "to the", here)
        else:
            print("You can't go", arg)
    elif verb == "take":
        if arg in room["items"]:
            room["items"].remove(arg)
            bag.append(arg)
            print("Taken:", arg)
        else:
            print("No", arg, "here")
    elif verb == "drop":
        bag.remove(arg)
        room["items"].append(arg)
        print("Dropped", arg)
    elif verb == "inventory":
        print("You carry:", sorted(bag))
