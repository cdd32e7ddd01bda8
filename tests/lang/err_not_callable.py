len = 5
len("abc")
