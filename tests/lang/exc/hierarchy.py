# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (TypeError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (AttributeError, Exception), (ImportError, Exception),
    (RuntimeError, Exception), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (StopIteration, Exception), (OSError, Exception), (AssertionError, Exception),
    (MemoryError, Exception), (SyntaxError, Exception), (IndentationError, SyntaxError),
    (UnicodeError, ValueError), (EOFError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (StopAsyncIteration, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
