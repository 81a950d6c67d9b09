#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two set-up commands of the README:
#   packaging/setup.sh run   install what is missing, build, launch the app on its demo project
#   packaging/setup.sh test  install what is missing, build, run the whole test suite with ctest
#   packaging/setup.sh asan  the same suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#   packaging/setup.sh fuzz  the libFuzzer targets (clang, ASan + UBSan): short runs and regressions
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
jobs=$(nproc 2>/dev/null || echo 2)

packaging/install-deps.sh

case "$mode" in
  run)
    cmake --preset dev -DPHENOMAP_BUILD_TESTS=OFF
    cmake --build --preset dev -j "$jobs"
    exec build/dev/app/phenomap
    ;;
  test)
    cmake --preset dev -DPHENOMAP_BUILD_TESTS=ON
    cmake --build --preset dev -j "$jobs"
    ctest --preset dev -j "$jobs" --timeout 600
    ;;
  asan)
    cmake --preset asan -DPHENOMAP_BUILD_TESTS=ON
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs" --timeout 900
    ;;
  fuzz)
    # Only the fuzz targets and the libraries they instrument are built (tests/fuzz/CMakeLists.txt);
    # ctest then runs each target briefly on its committed corpus and replays its regressions.
    cmake -S . -B build/fuzz -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
          -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPHENOMAP_FUZZ=ON -DPHENOMAP_BUILD_TESTS=ON
    cmake --build build/fuzz -j "$jobs" --target phenomap_fuzz
    ctest --test-dir build/fuzz -R '^fuzz/' -j "$jobs" --output-on-failure --timeout 600
    ;;
  *)
    echo "usage: packaging/setup.sh run|test|asan|fuzz" >&2
    exit 2
    ;;
esac
