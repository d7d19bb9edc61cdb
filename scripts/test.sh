#!/usr/bin/env bash
# The README's test command: installs what is missing (Debian 12), checks the
# formatting, builds everything in build/ and runs every test (unit,
# integration, gui, e2e) with a throwaway PostgreSQL for the PostgreSQL runs.
# With CI=true, compiler warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh test
scripts/check-format.sh

werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
cmake -S . -B build -G Ninja -DDPDESK_WERROR="$werror" -DDPDESK_BUILD_TESTS=ON
cmake --build build --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
scripts/with-postgres.sh ctest --test-dir build --output-on-failure --parallel "$(nproc)" --no-tests=error "$@"
