# expect: 1 SyntaxError: invalid syntax
# A SyntaxError on a line longer than the quoted text's buffer, cut inside
# a UTF-8 sequence: the quote could not become a str, so a
# UnicodeDecodeError came out instead (fuzz_compile: NULL without
# SyntaxError).  Minimised from fuzz_compile's crash-525623ab.
x = "a€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€" + + + / 2
