# io.StringIO ends lines as its newline argument says: "" at \r, \n or \r\n
# (kept as written), "\r" and "\r\n" at themselves (writes translate \n),
# None and "\n" at \n (None translates \r and \r\n on write).
import io

text = "a\rb\r\nc\nd\r\r\ne"
for nl in ("", "\r", "\r\n", "\n", None):
    f = io.StringIO(text, newline=nl)
    print(repr(nl), [line for line in f], repr(f.getvalue()))
    f.seek(0)
    print(repr(f.readline()), repr(f.readline(1)), f.readlines())
print(list(io.StringIO("x\r", newline="")), list(io.StringIO("\r\n\r\n", newline="")))
