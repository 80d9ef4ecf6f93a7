#!/bin/sh
# The long crash run: 20 SIGKILLs at random moments per job (ctest runs 3 per job), then the
# concurrency run (orders per import: SHOPDESK_CRASH_ORDERS, 50,000); one line of figures per job.
#   tests/reliability/crash_trials.sh [BUILD_DIR] [TRIALS]
set -eu
build=${1:-build}
trials=${2:-20}
SHOPDESK_CRASH_ORDERS=${SHOPDESK_CRASH_ORDERS:-50000} SHOPDESK_CRASH_TRIALS=$trials QT_QPA_PLATFORM=offscreen "$build/tests/reliability/test_reliability" 2>&1 |
    grep -E '^(crash trials|concurrency):|test cases|All tests passed|FAILED'
