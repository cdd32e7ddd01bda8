def divide(a, b):
    return a / b

def main():
    print("start")
    return divide(1, 0)

main()
print("not reached")
