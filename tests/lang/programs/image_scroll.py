# scrolling text as 5-row bitmaps like display.scroll, with a tiny font
FONT = {
    "H": ["9...9", "9...9", "99999", "9...9", "9...9"],
    "I": ["99999", "..9..", "..9..", "..9..", "99999"],
    " ": [".....", ".....", ".....", ".....", "....."],
    "!": ["..9..", "..9..", "..9..", ".....", "..9.."],
}
def banner(text):
    rows = ["", "", "", "", ""]
    for ch in text:
        for r in range(5):
            rows[r] += FONT[ch][r] + "."
    return rows
rows = banner("HI !")
width = len(rows[0])
for offset in range(0, width - 4, 3):
    frame = [row[offset:offset + 5] for row in rows]
    print(offset, "|".join(frame))
bright = sum(row.count("9") for row in rows)
print("lit pixels", bright)
