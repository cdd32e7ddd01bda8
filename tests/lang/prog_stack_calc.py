# A tokenizer and RPN evaluator: string scanning, stacks, exceptions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == " ":
            i += 1
        elif "0" <= c <= "9" or c == ".":
            j = i
            while j < len(src) and ("0" <= src[j] <= "9" or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif c in "+-*/()":
            tokens.append(c)
            i += 1
        else:
            raise ValueError("bad character %r at %d" % (c, i))
    return tokens
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        elif type(t) is str and t in PREC:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
        else:
            out.append(t)
    while ops:
        out.append(ops.pop())
    return out
def evaluate(rpn):
    st = []
    for t in rpn:
        if type(t) is str:
            b, a = st.pop(), st.pop()
            st.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else a / b)
        else:
            st.append(t)
    return st[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3 + 4) * 5", "1.5 * 4", "7 - 2 - 1", "8 / 0", "3 $ 4"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(expr, "=>", rpn, "=", evaluate(rpn))
    except ZeroDivisionError as e:
        print(expr, "=> ZeroDivisionError:", e)
    except ValueError as e:
        print(expr, "=> ValueError:", e)
