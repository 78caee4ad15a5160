# micropython.schedule(f, arg): f(arg) runs soon (at the VM's next check), not inside schedule();
# one scheduled from a running one waits until it returns; at most a few wait (RuntimeError);
# an exception a scheduled function raises comes out where the program was (MicroPython's .exp).
import micropython

def callback(arg):
    global done
    print("callback", arg)
    done = True

done = False
micropython.schedule(callback, 1)
ran_inside = done  # no call nor jump since: not run yet
while not done:
    pass
print("ran inside schedule():", ran_inside)

def inner(arg):
    global done
    print("inner")
    done += 1

def outer(arg):
    global done
    micropython.schedule(inner, 0)
    for i in range(2):
        pass
    print("outer")
    done += 1

done = 0
micropython.schedule(outer, 0)
while done != 2:
    pass

def flood(arg):
    global done
    try:
        for i in range(100):
            micropython.schedule(lambda x: x, None)
    except RuntimeError as e:
        print("RuntimeError", e)
    done = True

done = False
micropython.schedule(flood, None)
while not done:
    pass

def fails(arg):
    raise ValueError(arg)

micropython.schedule(fails, "from schedule")
try:
    for i in range(10):
        pass
except ValueError as e:
    print("caught", e)
