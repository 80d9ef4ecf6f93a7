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
        if(SHOPDESK_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
        if(SHOPDESK_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    endif()
endfunction()

# shopdesk_add_translations(<target> <component> [SOURCES file…] [INCLUDE_DIRECTORIES dir…])
# Keeps translations/<component>_{zh_CN,en}.ts in sync with the sources (build the
# update_translations target): the target's own, or SOURCES when given (a workbench's model and UI
# libraries share one component). Compiles them and embeds the .qm files at :/i18n/ in the target.
function(shopdesk_add_translations target component)
    cmake_parse_arguments(ARG "" "" "SOURCES;INCLUDE_DIRECTORIES" ${ARGN})
    set(ts_files
        "${PROJECT_SOURCE_DIR}/translations/${component}_zh_CN.ts"
        "${PROJECT_SOURCE_DIR}/translations/${component}_en.ts")
    set(sources_arg "")
    if(ARG_SOURCES)
        # lupdate must find every header the sources include, or it names a class's context
        # without its namespace.
        set(sources_arg SOURCES ${ARG_SOURCES} INCLUDE_DIRECTORIES ${ARG_INCLUDE_DIRECTORIES})
    endif()
    qt_add_lupdate(${target}
        TS_FILES ${ts_files}
        ${sources_arg}
        OPTIONS -no-obsolete -locations none)
    # translations/check_ts.py (a test) reruns exactly these lupdate projects.
    set_property(GLOBAL APPEND PROPERTY SHOPDESK_LUPDATE_PROJECTS
        "${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${target}_project.cmake")
    qt_add_lrelease(${target}
        TS_FILES ${ts_files}
        QM_FILES_OUTPUT_VARIABLE qm_files)
    qt_add_resources(${target} "${target}_i18n"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()

# shopdesk_add_module(<name> MODEL_SOURCES … UI_SOURCES … [MODEL_DEPENDS …] [UI_DEPENDS …])
# A workbench is two static libraries, as glabels-qt splits its Model from its UI:
#   shopdesk_<name>_model (ShopDesk::<name>_model), from model/: records, repositories, services,
#     rendering to QPainter / QPdfWriter, CLI commands. It links Qt Core, Gui and Sql and never
#     Widgets, so a model source that includes a widgets header does not compile, and the
#     model_link_check program (app/) fails to link if a model object needs a widgets symbol.
#   shopdesk_<name> (ShopDesk::<name>), from ui/: panels, views, item models, undo commands, over
#     its model and core's UI library.
# Public headers under <part>/include/shopdesk/<name>/; the part's src/ is on the include path of
# the parts above it and of tests. One translation component for both, built into the model.
function(shopdesk_add_module name)
    cmake_parse_arguments(ARG "" "" "MODEL_SOURCES;UI_SOURCES;MODEL_DEPENDS;UI_DEPENDS" ${ARGN})
    set(model shopdesk_${name}_model)
    set(ui shopdesk_${name})
    list(TRANSFORM ARG_MODEL_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/model/")
    list(TRANSFORM ARG_UI_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/ui/")

    add_library(${model} STATIC ${ARG_MODEL_SOURCES})
    add_library(ShopDesk::${name}_model ALIAS ${model})
    target_include_directories(${model} PUBLIC
        "${CMAKE_CURRENT_SOURCE_DIR}/model/include" "${CMAKE_CURRENT_SOURCE_DIR}/model/src")
    target_link_libraries(${model} PUBLIC ShopDesk::core Qt6::Core Qt6::Gui ${ARG_MODEL_DEPENDS} PRIVATE Qt6::Sql)
    shopdesk_target_defaults(${model})
    shopdesk_add_translations(${model} ${name} SOURCES ${ARG_MODEL_SOURCES} ${ARG_UI_SOURCES}
        INCLUDE_DIRECTORIES "${CMAKE_CURRENT_SOURCE_DIR}/model/include" "${CMAKE_CURRENT_SOURCE_DIR}/model/src"
            "${CMAKE_CURRENT_SOURCE_DIR}/ui/include" "${CMAKE_CURRENT_SOURCE_DIR}/ui/src" ${SHOPDESK_CORE_INCLUDE_DIRS})

    add_library(${ui} STATIC ${ARG_UI_SOURCES})
    add_library(ShopDesk::${name} ALIAS ${ui})
    target_include_directories(${ui} PUBLIC
        "${CMAKE_CURRENT_SOURCE_DIR}/ui/include" "${CMAKE_CURRENT_SOURCE_DIR}/ui/src")
    target_link_libraries(${ui} PUBLIC ${model} ShopDesk::core_ui Qt6::Widgets ${ARG_UI_DEPENDS})
    shopdesk_target_defaults(${ui})
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
