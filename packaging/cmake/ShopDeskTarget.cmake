# Helpers shared by every ShopDesk target.

# Compile settings for all of our own code: strict strings (every literal is tr() or QStringLiteral),
# warnings on, no Qt keywords.
function(shopdesk_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
    endif()
endfunction()

# shopdesk_add_translations(<target> <component>)
# Keeps translations/<component>_{zh_CN,en}.ts in sync with the target's sources (build the
# update_translations target), compiles them and embeds the .qm files at :/i18n/ in the target.
function(shopdesk_add_translations target component)
    set(ts_files
        "${PROJECT_SOURCE_DIR}/translations/${component}_zh_CN.ts"
        "${PROJECT_SOURCE_DIR}/translations/${component}_en.ts")
    qt_add_lupdate(${target}
        TS_FILES ${ts_files}
        OPTIONS -no-obsolete -locations none)
    qt_add_lrelease(${target}
        TS_FILES ${ts_files}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_i18n"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()

# shopdesk_add_module(<name> SOURCES ... [DEPENDS ...] [PRIVATE_DEPENDS ...])
# A feature module: STATIC library shopdesk_<name> + alias ShopDesk::<name>, public headers under
# include/shopdesk/<name>/, its own translations, and core as its only ShopDesk dependency.
function(shopdesk_add_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    set(target shopdesk_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(ShopDesk::${name} ALIAS ${target})
    target_include_directories(${target}
        PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/include"
        PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/src")
    target_link_libraries(${target} PUBLIC ShopDesk::core Qt6::Widgets ${ARG_DEPENDS} PRIVATE Qt6::Sql ${ARG_PRIVATE_DEPENDS})
    shopdesk_target_defaults(${target})
    shopdesk_add_translations(${target} ${name})
endfunction()
