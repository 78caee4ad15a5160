import re
m = re.match(r'(?P<a>\w+) (\w+)', 'hello world')
print(m.expand(r'\2-\1 \g<a>'), m.lastindex)
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.subn(r'\d', '#', 'a1b2c3', 2))
print(re.findall(r'(?i)ab', 'AB ab Ab'), re.findall(r'(?m)^\w', 'a\nb\nc'), re.findall('(?s).', 'a\nb'))
print(re.split(r'\s+', ' a b  c ', maxsplit=2), re.split('x', 'axbxc', 1), re.split('(x)|y', 'axbyc'))
print(re.search(r'(\d+)(?:px|em)', 'width: 100px').group(1), re.match(r'[\w.+-]+@[\w-]+\.\w+', 'a.b+c@x-y.org').group())
print(re.sub(r'^\s+|\s+$', '', '  trim me  '), re.sub('a', lambda m: m.group().upper(), 'banana', count=2))
print(re.compile(r'\d+').sub('N', 'a12b345'), re.compile('a').findall('aAa', ), re.compile(r'(\w)\1').findall('aabbcd'))
print(re.match(r'\Aabc\Z', 'abc') is not None, re.search(r'\Bb\B', 'abc').span(), re.match(r'[\]\-]+', ']-]').group())
print(re.match(r'a|', 'b').span(), re.match(r'(?:a|b)*?c', 'ababc').group(), re.match(r'x{2,3}?', 'xxxx').group())
print(re.match(r'[^\d\s]+', 'ab1').group(), re.match(r'[\W]+', '!@#a').group(), re.findall(r'\S+', ' a bb  ccc '))
print(re.match(r'(?P<x>a)(?P=x)', 'aa').group(), re.compile(r'(?P<first>\w)').groupindex)
print(re.escape('1+1=2?'), re.fullmatch(r'\d{3}-\d{4}', '555-1234').group(), re.match('\u00e9+', '\u00e9\u00e9x').group())
for bad in ['a**', '[a', '(?P<n>a)(?P=m)', 'a{2,1}', '\\', '(?<=a)b', ')']:
    try:
        re.compile(bad)
        print('compiled', bad)
    except re.error:
        print('error', repr(bad))
print(re.findall(r'(?<=\$)\d+', 'cost $30 and $45'), re.findall(r'(?<!\d)\d\b', '1 22 3'), re.sub(r'(?<=a)b', 'X', 'abab cb'))
print(re.search(r'(?<=é)x', 'aéx').span(), re.match(r'(?<!a)b', 'b').group(), re.search(r'(?<=ab)c', 'abc').group())
