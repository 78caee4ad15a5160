# note names to frequencies and tune durations (like the music module's strings)
NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
def freq(note, octave):
    n = NOTES.index(note) + 12 * (octave - 4) - 9
    return round(440 * 2 ** (n / 12), 2)
tune = "C4:4 D4:4 E4:4 C4:4 E4:4 F4:4 G4:8 R:4 A4:2 B4:2 C5:8".split()
total = 0
for tok in tune:
    name, _, dur = tok.partition(":")
    ticks = int(dur)
    total += ticks
    if name == "R":
        print("rest", ticks)
    else:
        note, octave = name[:-1], int(name[-1])
        print(note, octave, freq(note, octave), ticks)
bpm = 120
print("ticks", total, "ms", total * 60000 // (bpm * 4))
print([freq("A", o) for o in range(2, 7)])
