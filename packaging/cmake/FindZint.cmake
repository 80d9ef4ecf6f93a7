# FindZint: zint ships no CMake package, so wrap its header and library in an imported target.
#   Zint::Zint  - the zint barcode library
#   Zint_VERSION - from ZINT_VERSION_MAJOR/MINOR/RELEASE in zint.h when present, else from the Debian package name
find_path(Zint_INCLUDE_DIR NAMES zint.h)
find_library(Zint_LIBRARY NAMES zint libzint)

if(Zint_INCLUDE_DIR AND EXISTS "${Zint_INCLUDE_DIR}/zint.h")
    file(STRINGS "${Zint_INCLUDE_DIR}/zint.h" _zint_ver REGEX "#define ZINT_VERSION_(MAJOR|MINOR|RELEASE)[ \t]+[0-9]+")
    if(_zint_ver)
        string(REGEX REPLACE ".*MAJOR[ \t]+([0-9]+).*" "\\1" _maj "${_zint_ver}")
        string(REGEX REPLACE ".*MINOR[ \t]+([0-9]+).*" "\\1" _min "${_zint_ver}")
        string(REGEX REPLACE ".*RELEASE[ \t]+([0-9]+).*" "\\1" _rel "${_zint_ver}")
        set(Zint_VERSION "${_maj}.${_min}.${_rel}")
    endif()
endif()
if(NOT Zint_VERSION AND Zint_LIBRARY)
    # zint 2.11's header carries no version macro: ask the library file's soname, e.g. libzint.so.2.11.1
    get_filename_component(_zint_real "${Zint_LIBRARY}" REALPATH)
    if(_zint_real MATCHES "\\.so\\.([0-9]+\\.[0-9]+\\.[0-9]+)")
        set(Zint_VERSION "${CMAKE_MATCH_1}")
    endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Zint
    REQUIRED_VARS Zint_LIBRARY Zint_INCLUDE_DIR
    VERSION_VAR Zint_VERSION)

if(Zint_FOUND AND NOT TARGET Zint::Zint)
    add_library(Zint::Zint UNKNOWN IMPORTED)
    set_target_properties(Zint::Zint PROPERTIES
        IMPORTED_LOCATION "${Zint_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Zint_INCLUDE_DIR}")
endif()
mark_as_advanced(Zint_INCLUDE_DIR Zint_LIBRARY)
