# The __main__ module and the if __name__ == "__main__" idiom.
import sys
sys.path.insert(0, "_mods")
def main():
    print("main() runs because __name__ is", __name__)
if __name__ == "__main__":
    main()
import simple_mod
print(simple_mod.__name__ != "__main__")
print(sys.modules["__main__"].main is main)
