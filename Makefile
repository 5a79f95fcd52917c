# The two commands a finance team's IT colleague needs: `make run` and `make test`.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release
# The tests are built only for the targets that run them (test, realworld).
TESTS ?= OFF
PREFIX ?= /usr/local
# WERROR=ON: a compiler warning fails the build, in `build` and `test-asan` (as the
# `ci` preset does); .ci/run sets it.
WERROR ?= OFF

.PHONY: all deps deps-test build run test test-asan realworld fuzz fuzz-build docs install package clean \
  format-check format tidy lint
FUZZ_SECONDS ?= 60

# What the tests need beyond the build: LibreOffice to recalculate and print
# the report, poppler to read the PDF, Chromium for the drop-in page, Python 3
# for the realworld tests (standard library only), openpyxl to read the report
# back, fonts with Arial's and Calibri's metrics so the printed pages are
# laid out as on a council's desktop, and dpkg-dev for the .deb's Depends (the
# install test builds the package).
TEST_PACKAGES = libreoffice-calc-nogui poppler-utils chromium python3 python3-openpyxl fonts-liberation2 \
  fonts-crosextra-carlito dpkg-dev

all: build

deps:
	@bash scripts/deps.sh

deps-test:
	@bash scripts/deps.sh $(TEST_PACKAGES)

# The compiler's output goes to $(BUILD)/build.log: shown whole if the build
# fails, and its warnings (there should be none) shown when it succeeds.
build: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) -DBUILD_TESTING=$(TESTS) -DCMAKE_COMPILE_WARNING_AS_ERROR=$(WERROR) >/dev/null
	@echo "building fundbook$(if $(filter ON,$(TESTS)), and its tests,) in $(BUILD)/ (log: $(BUILD)/build.log)"
	@cmake --build $(BUILD) -j $(JOBS) >$(BUILD)/build.log 2>&1 || { cat $(BUILD)/build.log; exit 1; }
	@grep -A4 'warning:' $(BUILD)/build.log || true

run: build
	@mkdir -p out
	@$(BUILD)/fundbook report samples/ -o out/monitoring-report.xlsx; rc=$$?; \
	 if [ $$rc -gt 1 ]; then exit $$rc; fi

test realworld: TESTS = ON
test: deps-test build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps-test
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DFUNDBOOK_SANITIZE=ON -DBUILD_TESTING=ON \
	  -DCMAKE_COMPILE_WARNING_AS_ERROR=$(WERROR) >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

# Every C++ file matches .clang-format (CI runs it first); `make format` formats them.
format-check:
	@bash scripts/deps.sh clang-format-14
	@bash scripts/format-check.sh

format:
	@bash scripts/deps.sh clang-format-14
	@bash scripts/format-check.sh --fix

# clang-tidy (.clang-tidy) over the product code, failing on any finding; TIDY_FILES=REGEX
# (e.g. engine/rules/) for part of it. Configures build-tidy/ for its compile commands only.
tidy: deps
	@bash scripts/deps.sh clang-tidy-14
	@JOBS=$(JOBS) bash scripts/tidy.sh $(TIDY_FILES)

lint: format-check tidy

# fundbook on real public finance workbooks (../shared/realworld) and on errors planted in
# copies of workbooks with SUM totals: prints the figures; misses in $(BUILD)/tests/realworld/.
realworld: deps-test build
	@cd $(BUILD) && ctest -L realworld --output-on-failure --verbose

# Each libFuzzer target (or those in FUZZ_TARGETS) for FUZZ_SECONDS, seeded from samples/, tests/data and
# ../shared/corpus; findings land in build-fuzz/findings/ (keep each crasher in
# tests/data/fuzz/ as a regression test).
fuzz: deps
	@bash scripts/deps.sh clang-14 libclang-rt-14-dev
	@bash scripts/fuzz.sh $(FUZZ_SECONDS)

# The fuzz targets built but not run: CI's check that they still compile
# against the code they exercise.
fuzz-build: deps
	@bash scripts/deps.sh clang-14 libclang-rt-14-dev
	@FUZZ_BUILD_ONLY=1 bash scripts/fuzz.sh

# Pictures of the report's sheets for the README (docs/).
docs: deps-test build
	@bash scripts/docs.sh $(BUILD)

# The program, templates, page, manual page and systemd units under PREFIX
# (DESTDIR=... for a staging root), from what `make` built:
#   make && sudo make install PREFIX=/usr/local
install:
	@test -x $(BUILD)/fundbook || { echo "make install: build first (make)"; exit 1; }
	@cmake --install $(BUILD) --prefix $(PREFIX)

# The .deb (Debian 12) in $(BUILD)/package/: sudo apt install ./$(BUILD)/package/fundbook_*.deb
package: build
	@bash scripts/deps.sh dpkg-dev
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD) build-asan build-fuzz build-tidy out
