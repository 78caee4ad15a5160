# Imported by pauses.py: its body waits in the natives that pause, as main.py's does.
import time
from microbit import display, sleep, Image
t0 = time.ticks_ms()
time.sleep_ms(20)
sleep(20)
display.show(Image.HAPPY, delay=20)
def waits():
    time.sleep_ms(10)
    return 10
done = waits() + 10 + 10 + 20 <= time.ticks_diff(time.ticks_ms(), t0)
