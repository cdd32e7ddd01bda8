counter = 0

def bump():
    global counter
    counter += 1
    del_me = 1
    del del_me

x = [1, 2, 3]
del x[0]
del x
del a, b.c, d[1:2]
