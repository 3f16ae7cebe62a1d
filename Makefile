# lkmm: a GCC plugin that keeps the Linux-kernel memory model's dependencies.
#
#   make                  build build/<CC>/lkmm.so for every supported GCC on PATH
#   make CC=<compiler>    build only that compiler's plugin
#   make check            install missing packages, build, run the testsuite
#   make demo             install missing packages, build, show kept dependencies
#   make install          copy each plugin to $(CC -print-file-name=plugin)
#   make uninstall        remove what install copied
#   make bench            benchmark figures (scripts/bench; BENCH_ARGS="--quick",
#                         "--kernel-from DIR" for kernel-check builds at hand)
#   make bench-kernel     kernel benchmark figures (scripts/bench --kernel, 30-40 min)
#   make kernel-check     build kernel/ and mm/ of a real kernel with the plugin
#   make kernel-report    docs/kernel-report.md: the dependencies GCC alone breaks in
#                         kernel/ and mm/, 4 architectures (scripts/kernel-report;
#                         KERNEL_REPORT_ARGS="--from DIR" to reuse builds)
#   make litmus-check     litmus tests compiled with lkmm, checked by herd7 (docs/litmus.md)
#   make kernel-boot      boot small kernels with and without the plugin under QEMU
#                         and run rcutorture and locktorture (scripts/kernel-boot)
#                         (KERNEL_BOOT_ARGS="--arch riscv64 --arch ppc64le" for others)
#   make clean

SUPPORTED_CC := gcc-12 gcc-11 aarch64-linux-gnu-gcc-12 alpha-linux-gnu-gcc-12 \
	riscv64-linux-gnu-gcc-12 powerpc64le-linux-gnu-gcc-12 powerpc64-linux-gnu-gcc-12 \
	arm-linux-gnueabihf-gcc-12
HOSTCXX ?= g++

ifeq ($(origin CC),command line)
COMPILERS := $(CC)
else
COMPILERS := $(foreach c,$(SUPPORTED_CC),$(if $(shell command -v $(c) 2>/dev/null),$(c)))
endif

SRCS := $(wildcard plugin/*.c)
# -fvisibility=hidden: only plugin_init and plugin_is_GPL_compatible are
# for cc1 (lkmm.c marks them); the plugin's own calls then go direct, and
# dlopen (RTLD_NOW) has no symbol of its own to look up in cc1's table.
PLUGIN_CXXFLAGS := -std=gnu++11 -fPIC -fno-rtti -fno-exceptions -O2 -g \
	-fvisibility=hidden -Wall -Wno-literal-suffix -iquote plugin
# cc1 links libstdc++ statically: a plugin that needs libstdc++.so makes
# every compile load and relocate it (about 3.6M of cc1's instructions).
# --exclude-libs: what those static libraries bring stays the plugin's own
# (no export, no symbol to look up at load).
PLUGIN_LDFLAGS := -shared -static-libstdc++ -static-libgcc -Wl,--exclude-libs,ALL

# The plugin header tree of a compiler; empty without its plugin-dev package.
plugin_inc = $(shell d=$$($(1) -print-file-name=plugin)/include; test -f $$d/gcc-plugin.h && echo $$d)

PLUGINS := $(foreach c,$(COMPILERS),build/$(c)/lkmm.so)

all: $(PLUGINS)

define plugin_rules
build/$(1)/%.o: plugin/%.c
	@mkdir -p $$(@D)
	$$(if $$(call plugin_inc,$(1)),,$$(error $(1): no plugin headers; run scripts/install-deps))
	$(HOSTCXX) $(PLUGIN_CXXFLAGS) -I $$(call plugin_inc,$(1)) -MMD -MP -c -o $$@ $$<

build/$(1)/lkmm.so: $(patsubst plugin/%.c,build/$(1)/%.o,$(SRCS)) Makefile
	$(HOSTCXX) $(PLUGIN_LDFLAGS) -o $$@ $$(filter %.o,$$^)

-include $(patsubst plugin/%.c,build/$(1)/%.d,$(SRCS))
endef
$(foreach c,$(COMPILERS),$(eval $(call plugin_rules,$(c))))

deps:
	@scripts/install-deps

check: deps
	@$(MAKE) --no-print-directory all
	@scripts/run-tests $(COMPILERS)

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo

bench: all
	-@scripts/install-deps --bench
	@scripts/bench $(BENCH_ARGS)

kernel-check: deps
	@$(MAKE) --no-print-directory all
	@scripts/kernel-check

# A developer run, never in make check or CI: four check-mode kernel builds.
kernel-report: deps
	@JOBS=$${JOBS:-2} nice scripts/kernel-report $(KERNEL_REPORT_ARGS)

# The cross compilers whose code scripts/litmus-check lifts for herd7.
LITMUS_CC := aarch64-linux-gnu-gcc-12 riscv64-linux-gnu-gcc-12 powerpc64le-linux-gnu-gcc-12

litmus-check:
	@scripts/install-deps --kernel
	@for c in $(LITMUS_CC); do $(MAKE) --no-print-directory CC=$$c || exit 1; done
	@nice scripts/litmus-check

kernel-boot: deps
	@scripts/kernel-boot $(KERNEL_BOOT_ARGS)

bench-kernel: deps
	@scripts/bench --kernel

install: all
	@for c in $(COMPILERS); do \
		d=$$($$c -print-file-name=plugin); \
		echo "install build/$$c/lkmm.so -> $$d/lkmm.so"; \
		install -m 0755 build/$$c/lkmm.so $$d/lkmm.so || exit 1; \
	done

uninstall:
	@for c in $(COMPILERS); do \
		d=$$($$c -print-file-name=plugin); \
		echo "rm $$d/lkmm.so"; rm -f $$d/lkmm.so; \
	done

clean:
	rm -rf build testsuite/*.log testsuite/*.sum

.PHONY: all deps check demo bench bench-kernel kernel-check kernel-report litmus-check kernel-boot install uninstall clean
