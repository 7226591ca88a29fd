# A small JSON encoder and recursive-descent decoder written in Python.
def encode(v, indent=0):
    pad = "  " * indent
    if v is None: return "null"
    if v is True: return "true"
    if v is False: return "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str):
        out = '"'
        for c in v:
            out += {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}.get(c, c if ord(c) >= 32 else "\\u%04x" % ord(c))
        return out + '"'
    if isinstance(v, list):
        return "[" + ", ".join(encode(x, indent) for x in v) + "]"
    if isinstance(v, dict):
        if not v: return "{}"
        inner = ",\n".join(f'{pad}  {encode(str(k))}: {encode(x, indent + 1)}' for k, x in v.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot encode {type(v).__name__}")
class Decoder:
    def __init__(self, s):
        self.s, self.i = s, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            self.i += 1; out = {}; self.ws()
            if self.s[self.i] == "}":
                self.i += 1; return out
            while True:
                k = self.value(); self.ws(); assert self.s[self.i] == ":"; self.i += 1
                out[k] = self.value(); self.ws()
                c = self.s[self.i]; self.i += 1
                if c == "}": return out
        if c == "[":
            self.i += 1; out = []; self.ws()
            if self.s[self.i] == "]":
                self.i += 1; return out
            while True:
                out.append(self.value()); self.ws()
                c = self.s[self.i]; self.i += 1
                if c == "]": return out
        if c == '"':
            j = self.i + 1; out = ""
            while self.s[j] != '"':
                if self.s[j] == "\\":
                    j += 1
                    e = self.s[j]
                    if e == "u":
                        out += chr(int(self.s[j + 1:j + 5], 16)); j += 4
                    else:
                        out += {"n": "\n", "t": "\t"}.get(e, e)
                else:
                    out += self.s[j]
                j += 1
            self.i = j + 1
            return out
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word); return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        num = self.s[self.i:j]; self.i = j
        return float(num) if any(c in num for c in ".eE") else int(num)
doc = {"name": "gilpy", "version": [0, 1], "tags": ["c", "python"], "ok": True, "none": None,
       "nested": {"pi": 3.14159, "big": 2 ** 70, "esc": 'quote " back \\ nl \n tab \t bell \x07'}, "empty": {}}
text = encode(doc)
print(text)
back = Decoder(text).value()
print(back == doc, back["nested"]["esc"] == doc["nested"]["esc"])
print(Decoder(' [1, -2.5e3, "x", [], {"a": [true, false, null]}] ').value())
try:
    encode({1, 2})
except TypeError as e:
    print(e)
