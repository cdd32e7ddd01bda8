import textwrap
s = "The quick brown fox jumped over the lazy dog's back. Hyphenated-words like well-known and e-mail -- with em-dashes--too; a verylongwordthatcannotfitanywhereatall in narrow columns.\tTabs\there.\nNewlines too."
for w in (5, 10, 12, 20, 33, 70):
    print(w, textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(s, 15, break_long_words=False))
print(textwrap.wrap(s, 15, break_on_hyphens=False))
print(textwrap.wrap(s, 25, drop_whitespace=False))
print(textwrap.wrap("Hello there.  How are you? Fine! ok", 12, fix_sentence_endings=True))
for w in (12, 18, 30, 200):
    print(repr(textwrap.shorten(s, w)), repr(textwrap.shorten("Hello  world!", w, placeholder="...")))
print(textwrap.wrap(s, 20, max_lines=3))
print(textwrap.wrap(s, 20, max_lines=2, placeholder=" ~"))
print(repr(textwrap.dedent("    a\n      b\n   \n    c\n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n  c")))
print(repr(textwrap.dedent("  x\n\ty")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb", "+ ", lambda l: True)))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("a b", 1))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError", e)
t = textwrap.TextWrapper(width=10, tabsize=4)
print(t.wrap("a\tb\tc d e f g h i"))
print(textwrap.wrap("--foo-bar --baz=BAZ -x, --extra-long-option-name=VALUE", 12))
