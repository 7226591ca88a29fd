# gilpy: two builds from one source.
#   build/gilpy       the GIL build
#   build/gilpy-ft    the free-threaded build (-DGP_FREE_THREADED)
#   build/gilpy-asan  the GIL build under AddressSanitizer + UBSan (tests)

CC      ?= gcc
OPT     ?= -O2
WARN    := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wno-unused-parameter \
           -Wno-missing-field-initializers
CFLAGS  := -std=gnu11 $(OPT) -g -fno-strict-aliasing -fno-semantic-interposition \
           $(WARN) -Isrc $(EXTRA_CFLAGS)
LDLIBS  := -lgmp -lmimalloc -ledit -lpcre2-8 -lm -lpthread
ASAN    := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

SRCS    := $(shell find src -name '*.c' | sort)
HDRS    := $(shell find src -name '*.h')
GIL_OBJ := $(SRCS:%.c=build/gil/%.o)
FT_OBJ  := $(SRCS:%.c=build/ft/%.o)
ASAN_OBJ:= $(SRCS:%.c=build/asan/%.o)

# `make V=1` shows whole compiler command lines.
ifeq ($(V),1)
Q :=
else
Q := @
endif

# The Debian packages the build needs; scripts/deps.sh installs missing ones.
DEPS_OK := build/.deps-ok

.PHONY: all deps test test-quick demo bench clean format lint asan

all: build/gilpy build/gilpy-ft

$(DEPS_OK): scripts/deps.sh
	@bash scripts/deps.sh
	@mkdir -p build && touch $@

deps: $(DEPS_OK)

build/gilpy: $(GIL_OBJ)
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

build/gilpy-ft: $(FT_OBJ)
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -DGP_FREE_THREADED -o $@ $^ $(LDLIBS)

build/gilpy-asan: $(ASAN_OBJ)
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) $(ASAN) -o $@ $^ $(LDLIBS)

build/gil/%.o: %.c $(HDRS) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@echo "  CC   $<"
	$(Q)$(CC) $(CFLAGS) -c -o $@ $<

build/ft/%.o: %.c $(HDRS) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@echo "  CC   $< (ft)"
	$(Q)$(CC) $(CFLAGS) -DGP_FREE_THREADED -c -o $@ $<

build/asan/%.o: %.c $(HDRS) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@echo "  CC   $< (asan)"
	$(Q)$(CC) $(CFLAGS) -O1 $(ASAN) -c -o $@ $<

# The parser alone, with a tool that prints the AST as Python's ast.dump does.
build/astdump: tools/astdump.c $(wildcard src/parser/*.c) $(wildcard src/parser/*.h)
	@mkdir -p build
	$(CC) $(CFLAGS) -o $@ tools/astdump.c $(wildcard src/parser/*.c)

asan: build/gilpy-asan

# Every folder of Python test programs (tests/cli holds whole-program tests
# with their exit status and stderr; tests/cli/run.sh checks the command line).
TEST_DIRS := $(wildcard tests/lang tests/types tests/builtins tests/errors tests/modules \
               tests/cli tests/conformance tests/regress tests/thread tests/gc \
               tests/stdlib tests/stdlib_native tests/programs tests/ft)

test: all build/gilpy-asan
	bash tests/run.sh build/gilpy $(TEST_DIRS)
	bash tests/run.sh build/gilpy-ft $(TEST_DIRS)
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 bash tests/run.sh -t 60 build/gilpy-asan $(TEST_DIRS)
	bash tests/cli/run.sh build/gilpy
	bash tests/cli/run.sh build/gilpy-ft
	bash examples/run.sh build > /dev/null

test-quick: build/gilpy
	bash tests/run.sh build/gilpy $(TEST_DIRS)

demo: all
	bash examples/run.sh build

bench: all
	bash bench/run.sh

format:
	clang-format -i $(SRCS) $(HDRS)

lint:
	$(MAKE) clean-objs
	$(MAKE) EXTRA_CFLAGS=-Werror all

clean-objs:
	rm -rf build/gil build/ft build/asan

clean:
	rm -rf build
