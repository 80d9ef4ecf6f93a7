#!/usr/bin/env bash
# ShopDesk developer set-up for Debian 12 (bookworm).
#   packaging/shopdesk-dev.sh run    install what is missing, build (Release), start ShopDesk on the demo shop
#   packaging/shopdesk-dev.sh test   install what is missing, check formatting, build (Release), run every test through ctest:
#                                    on shop files (SQLite), then against a throw-away PostgreSQL server (tests/pg/cluster.sh)
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${SHOPDESK_BUILD_DIR:-"$here/build"}
mode=${1:-run}
shift || true

packages=(g++ cmake ninja-build ccache pkg-config
          qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
          qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql libpq-dev postgresql-15
          libzint-dev libxlsxwriter-dev zlib1g-dev fonts-noto-cjk xvfb xauth poppler-utils zbar-tools
          clang-format python3)
backports_packages=(libcatch2-dev)

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

missing() {
  local p out=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || out+=("$p")
  done
  printf '%s\n' "${out[@]}"
}

# Enable bookworm-backports with the mirror this machine's apt sources already use.
enable_backports() {
  if grep -rqsE '(^|\s)bookworm-backports(\s|$)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  local mirror=""
  if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
    mirror=$(awk '/^URIs:/ {print $2}' /etc/apt/sources.list.d/*.sources | grep -v -- '-security' | grep -i debian | head -n1 || true)
  fi
  if [[ -z $mirror && -f /etc/apt/sources.list ]]; then
    mirror=$(awk '$1=="deb" && $3 ~ /^bookworm$/ {for(i=2;i<=NF;i++) if ($i ~ /:\/\//) {print $i; exit}}' /etc/apt/sources.list || true)
  fi
  if [[ -z $mirror ]]; then
    echo "shopdesk-dev: cannot find a Debian mirror in /etc/apt/sources.list*; add bookworm-backports yourself" >&2
    exit 1
  fi
  echo "shopdesk-dev: enabling bookworm-backports from $mirror"
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$mirror" \
    | "${sudo_cmd[@]}" tee /etc/apt/sources.list.d/shopdesk-backports.sources >/dev/null
}

install_packages() {
  local need need_bp
  need=$(missing "${packages[@]}")
  need_bp=$(missing "${backports_packages[@]}")
  [[ -z $need && -z $need_bp ]] && return 0
  enable_backports
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  # shellcheck disable=SC2086
  [[ -n $need ]] && "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends $need
  # shellcheck disable=SC2086
  [[ -n $need_bp ]] && "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends -t bookworm-backports $need_bp
  return 0
}

build() {
  local launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$here" # cache hits across clones and worktrees
  fi
  if [[ ! -f $build_dir/build.ninja ]]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
  fi
  cmake --build "$build_dir" -j "${SHOPDESK_JOBS:-2}"
}

# The sanitizer run: the widget-free part of the suite built again with ASan and UBSan and run —
# the core tests (shop file, CSV reader, ledger, migrations), the malformed-input corpus through
# shopdesk-cli, and the kept fuzz corpora. (The widget tests stay in the plain build: Qt's own
# libraries are not instrumented, and the GUI adds build time without reaching more of the readers.)
# SHOPDESK_SANITIZE_TESTS=0 skips it.
sanitizer_targets=(test_core test_malformed shopdesk-cli replay_csv replay_xlsx replay_order_import replay_reply_filler
                   replay_waybill_layout)
sanitizer_tests='^(test_core|test_malformed): |^fuzz corpus: '
sanitize() {
  [[ ${SHOPDESK_SANITIZE_TESTS:-1} == 0 ]] && return 0
  local dir=${SHOPDESK_SANITIZE_BUILD_DIR:-"$here/build-sanitize"} launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$here"
    # -g makes ccache hash the build folder into each entry; a clone in another folder would then
    # compile this whole build again. The folder only reaches the debug info's working directory.
    export CCACHE_NOHASHDIR=1
  fi
  if [[ ! -f $dir/build.ninja ]]; then
    # -O1 -g1 as the sanitizers' authors advise; without NDEBUG, so Qt's own Q_ASSERTs check too.
    cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DCMAKE_C_FLAGS="-O1 -g1" \
      -DSHOPDESK_SANITIZE=ON -DSHOPDESK_BUILD_BENCH=OFF "${launcher[@]}"
  fi
  cmake --build "$dir" -j "${SHOPDESK_JOBS:-2}" --target "${sanitizer_targets[@]}"
  echo "shopdesk-dev: the sanitizer run (ASan + UBSan): test_core, test_malformed, the fuzz corpora"
  (cd "$dir" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "${SHOPDESK_JOBS:-2}" -R "$sanitizer_tests")
}

# The server run: the whole suite again, each test's shop in a fresh schema of a throw-away
# PostgreSQL 15 cluster (tests/pg/cluster.sh, as an unprivileged user, on 127.0.0.1 only), stopped
# however the run ends. PG_TESTS is the one place that says which tests run there: every one (a
# ctest -R pattern). Tests about shop files by nature (their bytes, backups, SQLite's PRAGMAs)
# skip themselves there (SHOPDESK_FILES_ONLY). SHOPDESK_SERVER_TESTS=0 skips the server run.
PG_TESTS='.'
server_tests() {
  [[ ${SHOPDESK_SERVER_TESTS:-1} == 0 ]] && return 0
  local url
  url=$("$here/tests/pg/cluster.sh" start)
  trap '"$here/tests/pg/cluster.sh" stop' EXIT
  echo "shopdesk-dev: the server run (PostgreSQL 15 at $url): ctest -R '$PG_TESTS'"
  (cd "$build_dir" && SHOPDESK_TEST_SERVER=$url QT_QPA_PLATFORM=offscreen \
    ctest --output-on-failure -j "${SHOPDESK_JOBS:-2}" -R "$PG_TESTS")
}

# Every C++ source as .clang-format (clang-format 14, Debian 12's) would write it.
check_format() {
  local files
  mapfile -t files < <(cd "$here" && git ls-files '*.cpp' '*.h' 2>/dev/null || true)
  [[ ${#files[@]} -eq 0 ]] && return 0
  if ! (cd "$here" && clang-format --dry-run --Werror "${files[@]}"); then
    echo 'shopdesk-dev: the files above are not formatted; run: clang-format -i $(git ls-files "*.cpp" "*.h")' >&2
    exit 1
  fi
}

case $mode in
  run)
    install_packages
    build
    exec "$build_dir/bin/shopdesk" --demo "$@"
    ;;
  test)
    install_packages
    check_format
    build
    sanitize
    (cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "${SHOPDESK_JOBS:-2}" "$@")
    server_tests
    ;;
  deps)
    install_packages
    ;;
  *)
    echo "usage: packaging/shopdesk-dev.sh run|test|deps" >&2
    exit 2
    ;;
esac
