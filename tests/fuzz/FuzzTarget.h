#pragma once

// One fuzz target: LLVMFuzzerTestOneInput() feeds a byte string to one of ShopDesk's readers. The
// same source builds two ways (tests/fuzz/CMakeLists.txt): with clang's libFuzzer for fuzzing
// (SHOPDESK_FUZZ=ON), and with replay_main.cpp as a ctest test that runs every file of the target's
// kept corpus (tests/fuzz/corpus/<target>/) once, under the sanitizers when the build has them.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
