# Raw strings keep backslashes.
print(r"\n is not a newline")
print(R'\t\x41')
print(len(r"\n"), len("\n"))
print(r"C:\path\to\file")
print(repr(r"\d+\.\d+"))
print(r"quote \" stays escaped")
print(r'''raw triple \n''')
print(rb"\x00" == b"\\x00", br"\n")
