# pingshan-infographic: `make demo` to see it, `make test` to check everything.
# `make setup` is idempotent: it installs only what is missing, so CI on a new machine and a
# developer's warm machine run the same commands.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# node_modules/.bin first: wasm-pack takes wasm-opt from PATH, and Debian's binaryen 108
# miscompiles current Rust output (a broken externref table), so we use npm's binaryen.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

WASM_BINDGEN_VERSION = $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p;}' Cargo.lock)
# webkit2gtk-driver: WebKitWebDriver and WebKitGTK's MiniBrowser, Safari's engine, which
# tests/e2e/webkit.test.mjs drives on an Xvfb display (xvfb).
APT_PACKAGES := chromium chromium-driver firefox-esr fonts-wqy-zenhei webkit2gtk-driver xvfb
PORT ?= 8000

# The shipped wasm is built by a pinned nightly that rebuilds the standard library for size
# (`-Zbuild-std`, `optimize_for_size`) with panics that trap at once, no `Debug` text and no
# panic locations: 7.8 KB gzip less than stable's prebuilt std (#15, docs/benchmarks.md). A
# panic in the shipped wasm is a trap the element shows as its error; tests, clippy, debug
# builds and the editor's wasm use stable and log panic messages. Exported: bench/run.mjs
# builds its named profile the same way (the variables below). `-Dwarnings`: clippy sees only
# stable builds, so a warning that only this configuration raises fails the build instead.
# `-reference-types`: wasm-bindgen then keeps the JS values the wasm holds in a JS array rather
# than a wasm table, so the table's bookkeeping leaves every exported method's shim: 0.7 KB
# brotli less wasm for 0.16 KB more glue. `-Zcross-crate-inline-threshold=always`: every
# function of every crate (std included) is compiled where it is used, as if `#[inline]`, so
# LTO drops and merges far more: 3.7 KB brotli less wasm (docs/benchmarks.md).
# The nightly is named once, in wasm-toolchain.toml (bench/run.mjs reads it too); stable is
# pinned in rust-toolchain.toml, which rustup reads in this folder.
toolchain_in = $(shell sed -n 's/^channel = "\(.*\)"$$/\1/p' $(1))
STABLE_TOOLCHAIN := $(call toolchain_in,rust-toolchain.toml)
WASM_TOOLCHAIN := $(call toolchain_in,wasm-toolchain.toml)
export WASM_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none \
 -Zlocation-detail=none -Ctarget-feature=-reference-types -Zcross-crate-inline-threshold=always -Dwarnings
export WASM_BUILD_STD := std,panic_abort
export WASM_BUILD_STD_FEATURES := optimize_for_size
RELEASE_WASM := RUSTUP_TOOLCHAIN=$(WASM_TOOLCHAIN) RUSTFLAGS="$(WASM_RUSTFLAGS)" \
 CARGO_UNSTABLE_BUILD_STD=$(WASM_BUILD_STD) CARGO_UNSTABLE_BUILD_STD_FEATURES=$(WASM_BUILD_STD_FEATURES) \
 wasm-pack build --release --target web
# The widget's wasm and glue into www/pkg, as they ship.
SHIPPED_WASM := $(RELEASE_WASM) --out-dir www/pkg --out-name pingshan_infographic \
 && rm -f www/pkg/.gitignore www/pkg/README.md
# The editor page's own wasm and glue into www/pkg-editor: the widget's, plus the source check
# and number reader. Stable's std, built for speed: the editor checks on every pause, and its
# bytes are its own.
EDITOR_WASM := wasm-pack build --release --target web --out-dir www/pkg-editor --out-name pingshan_infographic -- --features editor \
 && rm -f www/pkg-editor/.gitignore www/pkg-editor/README.md www/pkg-editor/package.json

.PHONY: setup build size package demo test lint test-native test-browsers test-chrome test-firefox test-e2e test-bench bench screenshots clean fuzz

setup:
	@rustup toolchain list | grep -q '^$(STABLE_TOOLCHAIN)-' || rustup toolchain install --no-self-update
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@sysroot=$$(rustup run $(WASM_TOOLCHAIN) rustc --print sysroot 2>/dev/null) \
	 && [ -f "$$sysroot/lib/rustlib/src/rust/library/Cargo.lock" ] \
	 && [ -d "$$sysroot/lib/rustlib/wasm32-unknown-unknown" ] \
	 || rustup toolchain install --no-self-update $(WASM_TOOLCHAIN) --profile minimal --component rust-src --target wasm32-unknown-unknown
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	 if [ -n "$$missing" ]; then echo "installing:$$missing"; apt-get update -qq; \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; fi
	@command -v wasm-pack >/dev/null || cargo install wasm-pack
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	 || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@command -v geckodriver >/dev/null || cargo install geckodriver
	@node tools/npm-current.mjs || npm ci --no-audit --no-fund --loglevel=error
	@# The framework builds' own pins (tests/frameworks/, tests/e2e/frameworks-build.test.mjs).
	@node tools/npm-current.mjs tests/frameworks || npm ci --prefix tests/frameworks --no-audit --no-fund --loglevel=error

# Release build into www/pkg, so www/ is a complete static site, and the files to deploy
# (minified) into www/dist.
build: setup
	$(SHIPPED_WASM)
	$(EDITOR_WASM)
	cargo run --quiet --bin render_static -- www/static
	@# The example documents for real articles, served beside the demo (www/examples.html).
	@mkdir -p www/examples && for dir in docs/examples/*/; do cp "$$dir/doc.json" "www/examples/$$(basename "$$dir").json"; done
	@# PUBLIC_URL: the deployment's address, for the oEmbed responses' absolute URLs (README).
	PUBLIC_URL="$(PUBLIC_URL)" PROVIDER_NAME="$(PROVIDER_NAME)" node tools/dist.mjs

# The deployed module and wasm against their budgets (bench/sizes.mjs), gzip and brotli, and
# the std code the size rules keep out of the wasm, by name (tools/size.mjs): only the shipped
# wasm is built, the two files written to target/size/ (www/dist/ is left as it was).
size: setup
	$(SHIPPED_WASM)
	@node tools/dist.mjs --widget-only --out target/size >/dev/null
	@node tools/size.mjs target/size target/wasm32-unknown-unknown/release/pingshan_infographic.wasm

demo: build
	@echo "Serving www/ at http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

test: setup lint test-native test-browsers test-e2e test-bench

# The size rules (clippy.toml) hold on the configuration that ships, the last run; std is fine
# in the others (tests, bins, the editor's build).
STD_IS_FINE := -A clippy::disallowed_methods -A clippy::disallowed_types
# The glue's types, which `make lint` checks the element's JS and the editor's against (src/web/
# declares what crosses the boundary): written with the wasm, so built first on a fresh
# checkout, and again when src/web/ changed.
www/pkg/pingshan_infographic.d.ts: $(wildcard src/web/*.rs) | setup
	$(SHIPPED_WASM)
www/pkg-editor/pingshan_infographic.d.ts: $(wildcard src/web/*.rs) | setup
	$(EDITOR_WASM)

lint: www/pkg/pingshan_infographic.d.ts www/pkg-editor/pingshan_infographic.d.ts
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings $(STD_IS_FINE)
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings $(STD_IS_FINE)
	cargo clippy --lib --target wasm32-unknown-unknown --features editor -- -D warnings $(STD_IS_FINE)
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings -W clippy::use_debug
	@for file in www/editor/*.js; do echo "node --check $$file"; node --check "$$file"; done
	@for file in $$(node tools/element-files.mjs js); do echo "node --check www/$$file"; node --check "www/$$file"; done
	@# The element's modules, from its entry, under TypeScript's strict checks (www/tsconfig.json).
	node_modules/.bin/tsc -p www
	@# The editor page's modules, from its entry, likewise (www/editor/tsconfig.json), against the
	@# editor build's glue and the types CodeMirror, jsonc-parser and fflate ship.
	node_modules/.bin/tsc -p www/editor
	@# The Node scripts (tools/, bench/ and what they import), under the same checks with Node's
	@# types (tools/tsconfig.json).
	node_modules/.bin/tsc -p tools
	@# The end-to-end tests, likewise, and the functions they have the browser run, against
	@# tests/e2e/page.d.ts (tests/e2e/tsconfig.json): a check that reads a misspelt property or
	@# an element that may be missing fails here instead of passing on broken code.
	node_modules/.bin/tsc -p tests/e2e

test-native:
	cargo test

test-browsers: test-chrome test-firefox

test-chrome:
	CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome -- --test web

test-firefox:
	GECKODRIVER=$$(command -v geckodriver) wasm-pack test --headless --firefox -- --test web

# The npm package (element, types, wasm) packed into target/npm/.
package: build
	node tools/package.mjs

# Chromium through playwright-core, and WebKit through WebKitWebDriver (tests/e2e/webkit.test.mjs).
# A test that hangs fails after 3 minutes instead of holding CI until its limit.
test-e2e: build package
	node --test --test-timeout=180000 tests/e2e/

# The widget against Chart.js 4 in one headless Chromium run (docs/benchmarks.md), then the
# editor's check after a keystroke (docs/benchmarks-editor.md).
bench: build
	@command -v twiggy >/dev/null || cargo install twiggy
	node bench/run.mjs
	node bench/editor.mjs

# One short round, only to prove the benchmarks still work: they never fail on a timing.
test-bench: build
	BENCH_QUICK=1 node bench/run.mjs --no-write
	BENCH_QUICK=1 node bench/editor.mjs --no-write

# Rewrites the screenshots in docs/ from the end-to-end run.
screenshots: build
	UPDATE_SCREENSHOTS=1 node --test --test-timeout=180000 tests/e2e/

clean:
	cargo clean
	rm -rf www/pkg www/pkg-editor www/dist www/editor.js

# Fuzzes parse → validate → layout → SVG for FUZZ_SECONDS (default 600).
fuzz:
	FUZZ_SECONDS=$${FUZZ_SECONDS:-600} cargo test --release --test fuzz -- --nocapture
