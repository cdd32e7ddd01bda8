name = "world"
width = 10
print(f"hello {name}")
print(f"{name!r} and {name!s}")
print(f"{3.14159:.2f}")
print(f"{name:>{width}}|")
print(f"{{literal}} {name}")
print(f"plain")
print("a" f"{name}" "b")
