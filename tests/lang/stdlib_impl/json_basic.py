import json
data = {'a': [1, 2.5, None, True, False], 'b': {'c': 'd'}, 'e': [], 'f': {}, 'g': "quote\" back\\ nl\n tab\t", 'h': 'é€😀\x01'}
s = json.dumps(data)
print(s)
print(json.loads(s) == data)
print(json.dumps([1, [2, [3]]], separators=(',', ':')), json.dumps((1, 2)), json.dumps('x'), json.dumps(None))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps(1e100), json.dumps(0.1), json.dumps(-0.0), json.dumps(10**20), json.dumps(float('inf')), json.dumps(float('nan')))
print(json.dumps({'b': 1, 'a': [1, {'z': 2, 'y': 3}]}, sort_keys=True))
print(json.dumps({'a': [1, 2], 'b': {}, 'c': []}, indent=2))
print(json.dumps([1, {'x': 1}], indent='\t'))
for text in ['1', '-2.5e3', '"\\u00e9\\ud83d\\ude00"', '[1, 2, [3, {"a": null}]]', ' {"x" : true , "y":false} ',
             '"\\n\\t\\/\\\\\\""', '12345678901234567890', '[]', '{}', '0.5', '1E2']:
    print(repr(json.loads(text)))
for bad in ['', '[1,', '{"a" 1}', 'nul', '[1] x', '{1: 2}', '"abc', '01x', '[1,]']:
    try:
        json.loads(bad)
        print('no error', bad)
    except ValueError:
        print('ValueError', repr(bad))
for bad in [{1, 2}, {(1, 2): 3}, b'x']:
    try:
        json.dumps(bad)
    except TypeError:
        print('TypeError')
import io
f = io.StringIO()
json.dump({'k': [1, 2]}, f)
print(f.getvalue())
f.seek(0)
print(json.load(f))
print(json.loads(b'[1, 2]'))
import sys, json
from collections import OrderedDict, defaultdict
sys.stdout.buffer.write(b'bytes out\n')
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])), json.dumps(defaultdict(int, {'x': 1})))
print(json.dumps({'k': 'é€😀\x7f\x1f'}, ensure_ascii=False), json.dumps(['ü'], ensure_ascii=True))
