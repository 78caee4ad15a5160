"""The REPL scenarios recorded from the real firmware by record.py (one fresh boot per case).

A step is bytes, or a dict: send (bytes), chunk/delay (pacing of the write), sleep (s to wait before
reading), quiet (s of silence that ends the read), note (text kept in the transcript).
"""

UP, DOWN, RIGHT, LEFT = b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D"
HOME, END, DEL = b"\x1b[H", b"\x1b[F", b"\x1b[3~"
BS = b"\x7f"


def case(name, about, *steps):
    return {"name": name, "about": about, "steps": list(steps)}


def microfs_raw_on():
    """microfs 1.4.5 raw_on (spec 4.5), as steps."""
    return [
        {"send": b"\x02", "note": "raw_on: Ctrl-B"},
        {"send": b"\r\x03\r\x03\r\x03", "chunk": 2, "delay": 0.01, "note": "raw_on: \\r\\x03 x3, 10 ms apart"},
        {"send": b"\r\x01", "note": "raw_on: \\r\\x01, expect raw banner"},
        {"send": b"\x04", "note": "raw_on: soft reset, expect soft reboot + raw banner"},
    ]


def microfs_cmds(*cmds):
    """microfs execute(): each command sent in 32-byte slices, 10 ms apart, then \\x04."""
    return [{"send": c + b"\x04", "chunk": 32, "delay": 0.01} for c in cmds]


PUT_DATA = b"print('hello from main')\n" * 3  # 75 bytes: two 64-byte slices on the wire
PUT_CMDS = [b"fd = open('hello.py', 'wb')", b"f = fd.write"] + [
    b"f(" + repr(PUT_DATA[i : i + 64]).encode() + b")" for i in range(0, len(PUT_DATA), 64)
] + [b"fd.close()"]
GET_CMDS = [
    b"\n".join([
        b"try:",
        b"    from microbit import uart as u",
        b"except ImportError:",
        b"    try:",
        b"        from machine import UART",
        b"        u = UART(0, 115200)",
        b"    except Exception:",
        b"        try:",
        b"            from sys import stdout as u",
        b"        except Exception:",
        b"            raise Exception('Could not find UART module in device.')",
    ]),
    b"f = open('hello.py', 'rb')",
    b"r = f.read",
    b"result = True",
    b"while result:\n    result = r(32)\n    if result:\n        u.write(repr(result))\n",
    b"f.close()",
]
PYBOARD_CODE = b"for i in range(3):\n    print('line', i)\n" + b"# padding comment to pass 256 bytes\n" * 8

CASES = [
    case("boot_banner", "fresh boot output only"),
    case("ctrl_b_banner", "Ctrl-B at the friendly prompt reprints the banner (no \\x00)", b"\x02"),
    case("ctrl_c_prompt", "Ctrl-C on an empty line, then on a partial line", b"\x03", b"abc", b"\x03"),
    case("ctrl_d_friendly", "Ctrl-D on an empty friendly line: soft reset; then a name set before is gone",
         b"x = 5\r", b"\x04", b"x\r"),
    case("ctrl_d_nonempty_line", "Ctrl-D on a non-empty line (emacs delete at cursor)",
         b"abc", LEFT, b"\x04", b"\r"),
    case("raw_entry_exit", "Ctrl-A enters raw REPL, Ctrl-A again resets it, Ctrl-B goes back to friendly",
         b"\x01", b"\x01", b"\x02"),
    case("raw_success", "raw REPL runs: print, multi-line, print without newline, no output",
         b"\x01", b"print(1)", b"\x04", b"for i in range(3):\n    print(i)\n\x04",
         b"print('a', end='')\x04", b"x = 1\x04", b"print(x)\x04", b"\x02"),
    case("raw_error", "raw REPL errors: ZeroDivisionError, NameError, SyntaxError, error after output, SystemExit",
         b"\x01", b"1/0\x04", b"foo\x04", b"1+\x04", b"def f(:\n  pass\x04",
         b"print('out')\nraise ValueError('bad', 2)\x04", b"import sys\nsys.exit(3)\x04",
         b"def g():\n    raise KeyError(5)\ng()\x04"),
    case("raw_ctrl_d_empty", "raw REPL: Ctrl-D on an empty buffer soft-resets and stays raw",
         b"\x01", b"x = 7\x04", b"\x04", b"print(x)\x04", b"\x02"),
    case("raw_ctrl_c_buffer", "raw REPL: Ctrl-C clears the buffer; Ctrl-A mid-buffer resets",
         b"\x01", b"print(3)", b"\x03", b"print(4)\x04", b"print(5)\x01", b"print(6)\x04"),
    case("raw_ctrl_c_running", "raw REPL: Ctrl-C interrupts `while True: pass`",
         b"\x01", b"while True:\n    pass\n\x04", b"\x03", b"print('after')\x04"),
    case("raw_paste_attempt", "raw-paste request \\x05A\\x01 on v1 (unsupported), then normal raw use",
         b"\x01", b"\x05A\x01", b"print(2)\x04"),
    case("raw_paste_split", "raw-paste request bytes sent one at a time",
         b"\x01", b"\x05", b"A", b"\x01", b"print(2)\x04"),
    case("friendly_ctrl_c_running", "friendly REPL: Ctrl-C interrupts a running loop",
         b"while True: pass\r", b"\r", b"\x03", b"1\r"),
    case("paste_mode", "Ctrl-E paste mode: no auto-indent, blank lines kept, Ctrl-D runs",
         b"\x05", b"def f(x):\r", b"    if x:\r", b"\r", b"        return 1\r", b"    return 2\r",
         b"print(f(0), f(1))\r", b"\x04"),
    case("paste_mode_cancel", "Ctrl-E paste mode then Ctrl-C cancels", b"\x05", b"print(5)\r", b"\x03", b"1\r"),
    case("paste_mode_error", "paste mode with an error: traceback line numbers",
         b"\x05", b"x = 1\r", b"y = 0\r", b"print(x/y)\r", b"\x04"),
    case("paste_mode_empty", "paste mode, Ctrl-D at once", b"\x05", b"\x04"),
    case("paste_mode_lf", "paste mode with LF line ends and CRLF", b"\x05", b"a = 1\nb = 2\r\nprint(a+b)\n", b"\x04"),
    case("continuation_def", "def f(): Enter -> auto-indent; body; blank lines close the block; call",
         b"def f():\r", b"return 42\r", b"\r", b"\r", b"\r", b"f()\r"),
    case("continuation_nested", "nested auto-indent: for/if, and dedent by backspace",
         b"for i in range(3):\r", b"if i:\r", b"print(i)\r", BS, b"print('x')\r", b"\r", b"\r", b"\r"),
    case("continuation_brackets", "open brackets and backslash continue the line without indent",
         b"(1,\r", b"2)\r", b"[1,\r", b"\r", b"3]\r", b"1 + \\\r", b"2\r"),
    case("continuation_ctrl_c", "Ctrl-C in a continuation block cancels it", b"if 1:\r", b"\x03", b"1\r"),
    case("backspace_auto_indent", "backspace over auto-indent removes 4 spaces at a time; \\x08 too",
         b"if 1:\r", BS, b"x", BS, BS, b"\x08", b"\x03"),
    case("backspace_plain", "backspace in the middle and at start of a line",
         b"12345", BS, LEFT, LEFT, BS, b"\r", BS, b"\r"),
    case("history_arrows", "history with up/down arrows",
         b"1\r", b"2\r", b"3\r", UP, UP, UP, UP, DOWN, DOWN, DOWN, b"\r", UP, b"\r"),
    case("history_ctrl_p_n", "history with Ctrl-P / Ctrl-N", b"10\r", b"20\r", b"\x10", b"\x10", b"\x0e", b"\r"),
    case("history_limit", "history keeps 8 lines",
         *[b"%d\r" % i for i in range(10)], *[UP] * 10, b"\r"),
    case("history_no_dup_blank", "blank lines and repeats in history",
         b"7\r", b"\r", b"7\r", UP, UP, b"\x03"),
    case("line_edit_arrows", "left/right editing: insert in the middle",
         b"pint(1)", LEFT * 6, b"r", RIGHT, b"\r"),
    case("line_edit_home_end", "Home/End in several encodings",
         b"2+3", HOME, b"1+", END, b"+4\r", b"5", b"\x1b[1~", b"1", b"\x1b[4~", b"6\r",
         b"7", b"\x1bOH", b"8", b"\x1bOF", b"9\r"),
    case("line_edit_delete", "Delete key (ESC [3~) and Ctrl-D at cursor", b"1234", LEFT, LEFT, DEL, b"\x04", b"\r"),
    case("line_edit_emacs", "emacs keys on a non-empty line: Ctrl-A/E/B/F",
         b"2+3", b"\x01", b"1+", b"\x05", b"+4", b"\x02", b"\x02", b"\x06", b"0", b"\r"),
    case("line_edit_kill", "Ctrl-K and Ctrl-U on a non-empty line",
         b"123456", LEFT * 3, b"\x0b", b"\r", b"abcdef", LEFT * 3, b"\x15", b"\r"),
    case("tab_name_single", "TAB completes a unique name in __main__", b"dis\t", b"\r"),
    case("tab_name_multi", "TAB with several name matches lists them and redraws",
         b"pin1\t", b"\x03", b"acc\t", b"\r"),
    case("tab_builtin", "TAB does not complete builtins (only __main__ names)", b"pri\t", b"\x03", b"le\t", b"\x03"),
    case("tab_user_name", "TAB completes a name the user defined", b"my_var = 3\r", b"my\t", b"\r"),
    case("tab_attr_single", "TAB completes an attribute (unique)", b"import microbit\r", b"microbit.d\t", b"\r"),
    case("tab_attr_multi", "TAB on an attribute prefix with several matches",
         b"display.s\t", b"\x03", b"import os\r", b"os.\t", b"\x03"),
    case("tab_attr_common_prefix", "TAB with several matches sharing a longer prefix",
         b"button_a.\t", b"\x03", b"button_a.i\t", b"\x03", b"Image.HEART\t", b"\x03"),
    case("tab_empty", "TAB on an empty line lists __main__", b"\t", b"\x03"),
    case("tab_after_text", "TAB after an indent and within an expression", b"x = dis\t", b"\r", b"print(Im\t", b"\x03"),
    case("help", "help()", b"help()\r"),
    case("help_modules", "help('modules')", b"help('modules')\r"),
    case("help_object", "help on objects", b"help(display)\r", b"help(1)\r", b"help(print)\r"),
    case("expression_results", "expression statements print repr; None prints nothing",
         b"1+1\r", b"'abc'\r", b"None\r", b"[1, 'a', (2,)]\r", b"1/3\r", b"x = 5\r", b"x\r", b"b'\\x00a'\r",
         b"{1: 2}\r", b"1, 2\r", b"print\r"),
    case("friendly_errors", "uncaught errors in the friendly REPL",
         b"1/0\r", b"foo\r", b"1+\r", b"def f():\r", b"raise ValueError('bad')\r", b"\r", b"\r", b"\r", b"f()\r",
         b"  1\r", b"raise KeyboardInterrupt\r", b"import sys; sys.exit(1)\r"),
    case("friendly_multiple_statements", "a line with ; and a compound one-liner",
         b"a = 1; b = 2; a + b\r", b"for i in range(2): print(i)\r", b"\r"),
    case("microfs_ls", "microfs 1.4.5 `ufs ls` byte sequence (spec 4.5)",
         *microfs_raw_on(), *microfs_cmds(b"import os", b"print(os.listdir())"), {"send": b"\x02", "note": "raw_off"}),
    case("microfs_put_get_rm", "microfs put hello.py, ls, get, rm, ls (spec 4.5)",
         *microfs_raw_on(), *microfs_cmds(*PUT_CMDS), {"send": b"\x02", "note": "raw_off"},
         *microfs_raw_on(), *microfs_cmds(b"import os", b"print(os.listdir())"), {"send": b"\x02"},
         *microfs_raw_on(), *microfs_cmds(*GET_CMDS), {"send": b"\x02"},
         *microfs_raw_on(), *microfs_cmds(b"import os", b"os.remove('hello.py')"), {"send": b"\x02"},
         *microfs_raw_on(), *microfs_cmds(b"import os", b"os.remove('hello.py')"), {"send": b"\x02"}),
    case("microfs_version", "microfs version: os.uname()",
         *microfs_raw_on(), *microfs_cmds(b"import os", b"print(os.uname())"), {"send": b"\x02"}),
    case("pyboard_sequence", "pyboard.py: \\r\\x03, \\r\\x01, soft reset, code in 256-byte slices / 10 ms, exit",
         {"send": b"\r\x03", "note": "interrupt"},
         {"send": b"\r\x01", "note": "enter raw"},
         {"send": b"\x04", "note": "soft reset"},
         {"send": PYBOARD_CODE, "chunk": 256, "delay": 0.01, "note": "code (no reply expected)"},
         {"send": b"\x04", "note": "execute"},
         {"send": b"\r\x02", "note": "exit raw"}),
    case("running_bytes_friendly", "bytes typed while a friendly statement sleeps: buffered, echoed after",
         {"send": b"sleep(1500)\r", "quiet": 0.2}, {"send": b"print(7)\r", "quiet": 3.0}),
    case("running_bytes_overflow", "100 bytes arrive while a program sleeps: the 64-byte buffer drops the rest",
         {"send": b"sleep(1500)\r", "quiet": 0.2},
         {"send": b"#" + b"0123456789" * 10 + b"\r", "chunk": 200, "quiet": 3.0}, b"\x03"),
    case("running_bytes_raw", "raw REPL: bytes sent while the program runs are read as the next input",
         b"\x01", {"send": b"sleep(1000)\x04", "quiet": 0.2}, {"send": b"print(8)\x04", "quiet": 2.0}),
    case("running_ctrl_c_sleep", "Ctrl-C during sleep() in the friendly REPL",
         {"send": b"sleep(5000)\r", "quiet": 0.3}, b"\x03"),
    case("running_input", "input() reads typed bytes with echo",
         b"s = input('? ')\r", b"hi\r", b"s\r"),
    case("main_py_runs", "main.py written over raw REPL runs on a friendly Ctrl-D soft reset (not in raw mode)",
         b"\x01", b"f = open('main.py', 'w')\nf.write('print(\"main says hi\")\\n')\nf.close()\x04",
         b"\x04", b"\x02", b"\x04", b"display\r"),
    case("main_py_error", "uncaught error in main.py: traceback names \"__main__\", text scrolls, then the REPL",
         b"\x01", b"f = open('main.py', 'w')\nf.write('x = 1\\ny = x / 0\\n')\nf.close()\x04",
         b"\x02", {"send": b"\x04", "quiet": 3.0, "timeout": 60.0},
         {"send": b"1\r", "sleep": 110.0, "note": "typed during the scroll (about 95 s in qemu); read 110 s later"}),
    case("main_py_error_ctrl_c", "Ctrl-C stops the scrolling error message of main.py",
         b"\x01", b"f = open('main.py', 'w')\nf.write('foo\\n')\nf.close()\x04",
         b"\x02", {"send": b"\x04", "quiet": 0.5}, {"send": b"\x03", "quiet": 1.0}, b"1\r"),
]
