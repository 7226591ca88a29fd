# gilpy: two builds from one source.
#   build/gilpy       the GIL build
#   build/gilpy-ft    the free-threaded build (-DGP_FREE_THREADED)
#   build/gilpy-asan  the GIL build under AddressSanitizer + UBSan (tests)
#   build/gilpy-tsan  the free-threaded build under ThreadSanitizer (tests/ft)

CC      ?= gcc
OPT     ?= -O2
WARN    := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wno-unused-parameter \
           -Wno-missing-field-initializers
CFLAGS  := -std=gnu11 $(OPT) -g -fno-strict-aliasing -fno-semantic-interposition \
           $(WARN) -Isrc $(EXTRA_CFLAGS)
LDLIBS  := -lgmp -lmimalloc -ledit -lpcre2-8 -lm -lpthread
ASAN    := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
TSAN    := -fsanitize=thread -fno-omit-frame-pointer -DGP_FREE_THREADED

SRCS    := $(shell find src -name '*.c' | sort)
HDRS    := $(shell find src -name '*.h')
GIL_OBJ := $(SRCS:%.c=build/gil/%.o)
FT_OBJ  := $(SRCS:%.c=build/ft/%.o)
ASAN_OBJ:= $(SRCS:%.c=build/asan/%.o)
TSAN_OBJ:= $(SRCS:%.c=build/tsan/%.o)

# `make V=1` shows whole compiler command lines.
ifeq ($(V),1)
Q :=
else
Q := @
endif

# The Debian packages the build needs; scripts/deps.sh installs missing ones.
DEPS_OK := build/.deps-ok

.PHONY: all deps test test-quick test-ft test-tsan demo bench clean format lint asan tsan

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

build/gilpy-tsan: $(TSAN_OBJ)
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -O1 $(TSAN) -o $@ $^ $(LDLIBS)

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

build/tsan/%.o: %.c $(HDRS) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@echo "  CC   $< (tsan)"
	$(Q)$(CC) $(CFLAGS) -O1 $(TSAN) -c -o $@ $<

# The parser alone, with a tool that prints the AST as Python's ast.dump does.
build/astdump: tools/astdump.c $(wildcard src/parser/*.c) $(wildcard src/parser/*.h)
	@mkdir -p build
	$(CC) $(CFLAGS) -o $@ tools/astdump.c $(wildcard src/parser/*.c)

asan: build/gilpy-asan
tsan: build/gilpy-tsan

# Every folder of Python test programs (tests/cli holds whole-program tests
# with their exit status and stderr; tests/cli/run.sh checks the command line).
TEST_DIRS := $(wildcard tests/lang tests/types tests/builtins tests/errors tests/modules \
               tests/cli tests/conformance tests/regress tests/thread tests/gc \
               tests/stdlib tests/stdlib_native tests/programs)

test: all build/gilpy-asan build/gilpy-tsan
	bash tests/run.sh build/gilpy $(TEST_DIRS)
	bash tests/run.sh build/gilpy-ft $(TEST_DIRS)
	ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 bash tests/run.sh -t 60 build/gilpy-asan $(TEST_DIRS)
	bash tests/cli/run.sh build/gilpy
	bash tests/cli/run.sh build/gilpy-ft
	bash examples/run.sh build > /dev/null
	$(MAKE) --no-print-directory test-ft test-tsan

# The free-threading stress programs: the same output with the GIL
# (build/gilpy, build/gilpy-ft -X gil=1) and without it (build/gilpy-ft).
test-ft: all
	bash tests/run.sh -t 60 build/gilpy tests/ft
	GILPY_GIL=1 bash tests/run.sh -t 60 build/gilpy-ft tests/ft
	GILPY_GIL=0 bash tests/run.sh -t 60 build/gilpy-ft tests/ft

# The same programs under ThreadSanitizer, without the GIL.  Any report
# fails the test (halt_on_error); tests/ft/tsan.supp lists the races known
# to be benign, each with its reason.
TSAN_OPTIONS_FT := halt_on_error=1 abort_on_error=0 exitcode=66 second_deadlock_stack=1 \
                   suppressions=$(CURDIR)/tests/ft/tsan.supp
test-tsan: build/gilpy-tsan
	GILPY_GIL=0 TSAN_OPTIONS="$(TSAN_OPTIONS_FT)" bash tests/run.sh -j 2 -t 180 build/gilpy-tsan tests/ft

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
	rm -rf build/gil build/ft build/asan build/tsan

clean:
	rm -rf build
