# The web port pauses (an Asyncify unwind) only where every function on the stack is instrumented
# (ports/web/CMakeLists.txt): each waiting native at the top level, in a module imported from here, in a
# generator, in a method and a closure the VM calls, with keyword arguments and raising; and where it
# cannot pause (under native code that called back into Python: map, sorted's key, __repr__ from print,
# list() of a generator, exec) the wait still lasts as long. Each line prints whether the wait lasted.
import time
import music
import speech
from microbit import display, sleep, Image
def t():
    return time.ticks_ms()
def lasted(t0, ms):
    return time.ticks_diff(time.ticks_ms(), t0) >= ms
t0 = t(); time.sleep(0.02); print('time.sleep', lasted(t0, 20))
t0 = t(); time.sleep_ms(20); print('time.sleep_ms', lasted(t0, 20))
t0 = t(); time.sleep_us(20000); print('time.sleep_us', lasted(t0, 20))
t0 = t(); sleep(20); print('microbit.sleep', lasted(t0, 20))
t0 = t(); display.show([Image.HAPPY, Image.SAD], delay=15); print('display.show', lasted(t0, 30))
t0 = t(); display.scroll('ab', delay=10); print('display.scroll', lasted(t0, 20))
t0 = t(); display.scroll('a', 10, wait=True); print('display.scroll kw', lasted(t0, 10))
t0 = t(); music.play(['c4:1', 'e4:1'], wait=True); print('music.play', lasted(t0, 100))
t0 = t(); music.pitch(440, 30); print('music.pitch', lasted(t0, 30))
t0 = t(); speech.say('hi'); print('speech.say', lasted(t0, 10))
name = input('name? ')
print('input', name)
import pauses_mod
print('import', pauses_mod.done)
def gen():
    for i in range(3):
        time.sleep_ms(10)
        yield i
t0 = t(); print('generator', [x for x in gen()], lasted(t0, 30))
class C:
    def m(self, ms):
        sleep(ms)
        return ms
    def __repr__(self):
        time.sleep_ms(10)
        return 'C'
t0 = t(); print('method', C().m(20), lasted(t0, 20))
def outer():
    n = 15
    def inner():
        time.sleep_ms(n)
        return n
    return inner()
t0 = t(); print('closure', outer(), lasted(t0, 15))
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
t0 = t(); s = 0
while not lasted(t0, 50):  # the VM's own pauses, at backward jumps and calls
    s += rec(30)
print('loop', s > 0)
try:
    time.sleep('x')
except TypeError:
    print('raised TypeError')
t0 = t(); print('map', list(map(time.sleep_ms, [10, 10])), lasted(t0, 20))
t0 = t(); print('sorted', sorted([2, 1], key=lambda x: (sleep(10), x)[1]), lasted(t0, 20))
t0 = t(); r = repr(C()); print('repr', r, lasted(t0, 10))
t0 = t(); print('list(gen)', list(gen()), lasted(t0, 30))
t0 = t(); exec('time.sleep_ms(10)'); print('exec', lasted(t0, 10))
