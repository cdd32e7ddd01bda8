# csv.Sniffer guesses the dialect (delimiter, quote, doubled quotes, spaces after
# the delimiter) and whether a sample starts with a header, as python3 does.
import csv
samples = [
    "a;b;c\n1;2;3\n",
    "name,age\nbob,3\nal,5\n",
    'x, "y, z", w\n1, "2", 3\n',
    "'a'|'b'|'c'\n'1'|'2'|'3'\n",
    "a\tb\tc\n1\t2\t3\n4\t5\t6\n",
    "one two three\nfour five six\n",
    '"He said ""hi""",2\n"x",3\n',
    "a:b:c\n1:2:3\n",
    "no delimiters here",
    "id,score,name\n1,2.5,ann\n2,3.25,bo\n3,4,cy\n",
    "1,2,3\n4,5,6\n7,8,9\n",
    "title;year\nAlien;1979\nHeat;1995\n",
    "a,b;c\n1,2;3\n4,5;6\n",
    "\n".join("%d,%d;%d" % (i, i*2, i*3) for i in range(25)),
    "x y\n" * 3 + "p  q\n",
    '"a","b"\n"c","d"\n',
    "",
]
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == '\r\n', d.quoting, d._name)
    except csv.Error as e:
        print("Error", e)
    try:
        print(csv.Sniffer().has_header(s))
    except Exception as e:
        print(type(e).__name__, e)
print(csv.Sniffer().sniff("a;b,c\n1;2,3\n", delimiters=";").delimiter)
print(csv.Sniffer().sniff("a;b,c\n1;2,3\n", delimiters=",").delimiter)
print(csv.Sniffer().preferred)
d = csv.Sniffer().sniff('name,"city, state"\nann,"Reno, NV"\n')
print(list(csv.reader(['ann,"Reno, NV"'], d)))
