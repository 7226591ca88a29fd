# A tokenizer for a tiny language written as a state machine.
def lex(src):
    state, buf, out = "start", "", []
    for ch in src + "\0":
        while True:
            if state == "start":
                if ch.isalpha() or ch == "_":
                    state, buf = "ident", ch
                elif ch.isdigit():
                    state, buf = "num", ch
                elif ch == '"':
                    state, buf = "str", ""
                elif ch in "=+-*/();<>":
                    out.append(("op", ch))
                elif ch in " \n\0":
                    pass
                else:
                    out.append(("error", ch))
                break
            elif state == "ident":
                if ch.isalnum() or ch == "_":
                    buf += ch
                    break
                kind = "kw" if buf in ("if", "while", "print", "let") else "name"
                out.append((kind, buf))
                state = "start"
            elif state == "num":
                if ch.isdigit():
                    buf += ch
                    break
                out.append(("int", int(buf)))
                state = "start"
            elif state == "str":
                if ch == '"':
                    out.append(("str", buf))
                    state = "start"
                elif ch == "\0":
                    out.append(("error", "unterminated string"))
                else:
                    buf += ch
                break
    return out
for line in ['let x = 42;', 'print("hi there") ; y1=x*2', 'if (a<b) c = d - 10', '"open', 'x @ y']:
    print(lex(line))
