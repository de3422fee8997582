# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: The Charte developers
# One place for the language level and the strictness every target shares.
add_library(charte_settings INTERFACE)
target_compile_features(charte_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(charte_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER)
target_compile_options(charte_settings INTERFACE -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor)
if(CHARTE_WERROR)
    target_compile_options(charte_settings INTERFACE -Werror)
endif()
if(CHARTE_SANITIZE)
    target_compile_options(charte_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(charte_settings INTERFACE -fsanitize=address,undefined)
endif()
if(CHARTE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CHARTE_FUZZ needs clang (CC=clang CXX=clang++, see scripts/fuzz.sh)")
    endif()
    # Every object gets libFuzzer's coverage hooks and both sanitizers; only the
    # harnesses link libFuzzer's main (tests/fuzz/CMakeLists.txt).
    target_compile_options(charte_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_link_options(charte_settings INTERFACE -fsanitize=address,undefined)
endif()

# The version, from project(VERSION), in one generated header (charteversion.h),
# for the targets that link charte_version.
configure_file("${CMAKE_CURRENT_LIST_DIR}/charteversion.h.in"
               "${PROJECT_BINARY_DIR}/generated/charteversion.h" @ONLY)
add_library(charte_version INTERFACE)
target_include_directories(charte_version INTERFACE "${PROJECT_BINARY_DIR}/generated")
