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
               tests/stdlib tests/stdlib_native tests/programs tests/ft)

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
# to be benign, each with its reason.  die_after_fork=0: TSan refuses by
# default to start threads in the child of a threaded fork (fork_threads.py
# does); the runtime stops the world around fork(), so the other threads
# hold none of its locks then.
TSAN_OPTIONS_FT := halt_on_error=1 abort_on_error=0 exitcode=66 second_deadlock_stack=1 \
                   die_after_fork=0 \
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

# ------------------------------------------------------------------ C API
# include/gilpy.h is the public header, src/capi/ its implementation.  The
# binaries export their symbols (-rdynamic) so that native modules loaded
# with dlopen (NAME.so on sys.path) resolve gilpy_* against them.
# libgilpy.a is the GIL build's objects without main; libgilpy.so the same
# sources compiled with -fPIC.  `make install PREFIX=...` installs both, the
# binaries, the header, the standard library and gilpy.pc for pkg-config.
PREFIX    ?= /usr/local
CFLAGS    += -Iinclude
LDLIBS    += -ldl -rdynamic
CAPI_SRCS := $(wildcard src/capi/*.c)
LIB_SRCS  := $(filter-out src/main.c,$(SRCS))
PIC_OBJ   := $(LIB_SRCS:%.c=build/pic/%.o)
GP_VER    := $(shell sed -n 's/^\#define GP_VERSION "\(.*\)"/\1/p' src/gp_config.h)
EXT_CFLAGS := -std=gnu11 -O2 -g -fPIC -shared $(WARN) -Iinclude
# A program linked with the static library takes all of it, so that native
# modules it loads find every gilpy_* function.
WHOLE     := -Wl,--whole-archive
NOWHOLE   := -Wl,--no-whole-archive

$(CAPI_SRCS:%.c=build/gil/%.o) $(CAPI_SRCS:%.c=build/ft/%.o) \
$(CAPI_SRCS:%.c=build/asan/%.o) $(CAPI_SRCS:%.c=build/pic/%.o): include/gilpy.h

build/pic/%.o: %.c $(HDRS) | $(DEPS_OK)
	@mkdir -p $(dir $@)
	@echo "  CC   $< (pic)"
	$(Q)$(CC) $(CFLAGS) -fPIC -c -o $@ $<

build/libgilpy.a: $(filter-out build/gil/src/main.o,$(GIL_OBJ))
	@echo "  AR   $@"
	$(Q)rm -f $@ && ar rcs $@ $^

build/libgilpy.so: $(PIC_OBJ)
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -shared -Wl,-soname,libgilpy.so -o $@ $^ $(LDLIBS)

# The ASan build's objects as a library, for embedding programs under ASan.
build/libgilpy-asan.a: $(filter-out build/asan/src/main.o,$(ASAN_OBJ))
	@echo "  AR   $@"
	$(Q)rm -f $@ && ar rcs $@ $^

# The examples: an embedding program (static and ASan builds) and a native
# module.  They live in build/ so that the standard library is ../lib.
build/embed_example: examples/embed/embed.c include/gilpy.h build/libgilpy.a
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $< $(WHOLE) build/libgilpy.a $(NOWHOLE) $(LDLIBS)

build/embed_example-asan: examples/embed/embed.c include/gilpy.h build/libgilpy-asan.a
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -O1 $(ASAN) -o $@ $< $(WHOLE) build/libgilpy-asan.a $(NOWHOLE) $(LDLIBS)

build/ext/nativework.so: examples/ext/nativework.c include/gilpy.h
	@mkdir -p build/ext
	@echo "  CC   $@"
	$(Q)$(CC) $(EXT_CFLAGS) -o $@ $< -lpthread

# The C API tests (tests/capi/*.c), each also against the ASan objects,
# and the native modules they import.
CAPI_TESTS := $(notdir $(basename $(wildcard tests/capi/*.c)))
CAPI_MODS  := $(notdir $(basename $(wildcard tests/capi/_mods/*.c)))

build/capi/%: tests/capi/%.c include/gilpy.h build/libgilpy.a
	@mkdir -p build/capi
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -o $@ $< $(WHOLE) build/libgilpy.a $(NOWHOLE) $(LDLIBS)

build/capi/%-asan: tests/capi/%.c include/gilpy.h build/libgilpy-asan.a
	@mkdir -p build/capi
	@echo "  LINK $@"
	$(Q)$(CC) $(CFLAGS) -O1 $(ASAN) -o $@ $< $(WHOLE) build/libgilpy-asan.a $(NOWHOLE) $(LDLIBS)

build/capi/mods/%.so: tests/capi/_mods/%.c include/gilpy.h
	@mkdir -p build/capi/mods
	@echo "  CC   $@"
	$(Q)$(CC) $(EXT_CFLAGS) -o $@ $<

build/capi/mods/nativework.so: build/ext/nativework.so
	@mkdir -p build/capi/mods
	$(Q)cp $< $@

# A file with the right name that is not a shared object.
build/capi/mods/notelf.so:
	@mkdir -p build/capi/mods
	$(Q)echo 'not a shared object' > $@

.PHONY: capi capi-tests install test-capi
capi: build/libgilpy.a build/libgilpy.so build/embed_example build/ext/nativework.so

capi-tests: capi build/embed_example-asan $(CAPI_TESTS:%=build/capi/%) \
            $(CAPI_TESTS:%=build/capi/%-asan) $(CAPI_MODS:%=build/capi/mods/%.so) \
            build/capi/mods/nativework.so build/capi/mods/notelf.so

install: all build/libgilpy.a build/libgilpy.so
	install -d $(PREFIX)/bin $(PREFIX)/include $(PREFIX)/lib/pkgconfig $(PREFIX)/lib/gilpy
	install -m 755 build/gilpy build/gilpy-ft $(PREFIX)/bin/
	install -m 644 include/gilpy.h $(PREFIX)/include/
	install -m 644 build/libgilpy.a $(PREFIX)/lib/
	install -m 755 build/libgilpy.so $(PREFIX)/lib/
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' 'includedir=$${prefix}/include' '' \
	  'Name: gilpy' 'Description: the gilpy Python interpreter as a library' \
	  'Version: $(GP_VER)' 'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -Wl,-rpath,$${libdir} -lgilpy' \
	  'Libs.private: $(filter -l%,$(LDLIBS))' > $(PREFIX)/lib/pkgconfig/gilpy.pc
	cp -R lib/. $(PREFIX)/lib/gilpy/

test-capi: all build/gilpy-asan capi-tests
	bash tests/capi/run.sh build

test: test-capi
