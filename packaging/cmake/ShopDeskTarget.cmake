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

# shopdesk_check_native_sqlite(<out-var>)
# TRUE when ShopDesk may call SQLite's C API on the QSQLITE plugin's connections: the plugin is a
# shared library whose dynamic section needs libsqlite3 (so plugin and ShopDesk load one library),
# and the SQLite development files are present. Qt's own Windows builds compile SQLite into the
# plugin: there the answer is FALSE and BulkInsert keeps the portable path.
function(shopdesk_check_native_sqlite out)
    set(${out} FALSE PARENT_SCOPE)
    if(NOT TARGET Qt6::QSQLiteDriverPlugin AND Qt6Sql_DIR)
        # Not every distribution's Qt6Sql loads its plugin targets (Debian's does not).
        find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET HINTS "${Qt6Sql_DIR}" NO_DEFAULT_PATH)
    endif()
    if(NOT TARGET Qt6::QSQLiteDriverPlugin OR NOT CMAKE_READELF)
        message(STATUS "Native SQLite binding: off (no QSQLITE plugin target or readelf)")
        return()
    endif()
    find_package(SQLite3 QUIET)
    if(NOT SQLite3_FOUND)
        message(STATUS "Native SQLite binding: off (no SQLite development files)")
        return()
    endif()
    set(plugin "")
    foreach(property IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_NONE IMPORTED_LOCATION)
        get_target_property(location Qt6::QSQLiteDriverPlugin ${property})
        if(location AND EXISTS "${location}")
            set(plugin "${location}")
            break()
        endif()
    endforeach()
    if(NOT plugin)
        message(STATUS "Native SQLite binding: off (QSQLITE plugin file not found)")
        return()
    endif()
    execute_process(COMMAND "${CMAKE_READELF}" -d "${plugin}" OUTPUT_VARIABLE dynamic ERROR_QUIET RESULT_VARIABLE failed)
    if(failed OR NOT dynamic MATCHES "NEEDED[^\n]*libsqlite3\\.so")
        message(STATUS "Native SQLite binding: off (${plugin} does not load a shared libsqlite3)")
        return()
    endif()
    message(STATUS "Native SQLite binding: on (${plugin} shares libsqlite3 ${SQLite3_VERSION})")
    set(${out} TRUE PARENT_SCOPE)
endfunction()
