#!/usr/bin/env bash
# Fuzzes every target with clang's libFuzzer under ASan and UBSan, SECONDS each (default 600),
# starting from the kept corpus, then merges what was new into tests/fuzz/corpus/<target>/.
#   tests/fuzz/run.sh [SECONDS] [TARGET…]     e.g.  tests/fuzz/run.sh 60 csv
# A crash leaves its input as tests/fuzz/findings/<target>/crash-*; fix it, add the input to the
# corpus (the replay test then keeps it fixed) and run again.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-600}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(csv xlsx order_import reply_filler waybill_layout)
build=${SHOPDESK_FUZZ_BUILD_DIR:-"$here/build-fuzz"}
if [[ ! -f $build/build.ninja ]]; then
  CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSHOPDESK_FUZZ=ON -DSHOPDESK_BUILD_BENCH=OFF
fi
cmake --build "$build" -j "${SHOPDESK_JOBS:-2}" --target "${targets[@]/#/fuzz_}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=0
for t in "${targets[@]}"; do
  corpus="$here/tests/fuzz/corpus/$t"
  scratch=$(mktemp -d)
  findings="$here/tests/fuzz/findings/$t"
  mkdir -p "$findings"
  seeds=("$corpus")
  [[ $t == csv ]] && seeds+=("$here/tests/data/malformed")
  [[ $t == xlsx ]] && seeds+=("$here/tests/data/formats")
  echo "== fuzz_$t for ${seconds}s"
  "$build/bin/fuzz_$t" "$scratch" "${seeds[@]}" -max_total_time="$seconds" -max_len=65536 \
    -timeout=20 -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tail -n 25 ||
    echo "== fuzz_$t stopped at a finding: $findings"  # the other targets still run
  "$build/bin/fuzz_$t" -merge=1 -max_len=65536 "$corpus" "$scratch" 2>&1 | tail -n 2
  rm -rf "$scratch"
done
