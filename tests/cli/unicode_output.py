# Non-ASCII output is written as UTF-8.
print("héllo", "wörld", "日本語", "😀", "\u00a0|")
import sys
sys.stdout.write("ünïcödé via write\n")
print(len("😀".encode()), ascii("é"))
