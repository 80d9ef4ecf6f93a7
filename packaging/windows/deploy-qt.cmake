# ShopDesk - Windows install step: run windeployqt on the installed executables.
#
# Used by packaging/CMakeLists.txt as
#     install(CODE "set(SHOPDESK_WINDEPLOYQT ...) ...")
#     install(SCRIPT packaging/windows/deploy-qt.cmake)
# so it runs during `cmake --install <build>` and inside `cpack -G NSIS`
# (CPack installs into its staging directory first). The install(CODE) line
# before it provides:
#   SHOPDESK_WINDEPLOYQT         full path of windeployqt.exe
#   SHOPDESK_INSTALL_BINDIR      install-relative (or absolute) bin directory
#   SHOPDESK_DEPLOY_EXECUTABLES  executable file names in that directory
# It can also be run by hand after an install, e.g.
#   cmake -DCMAKE_INSTALL_PREFIX=C:/ShopDesk -DSHOPDESK_WINDEPLOYQT=C:/Qt/6.4.3/msvc2019_64/bin/windeployqt.exe
#         -P packaging/windows/deploy-qt.cmake

if(NOT DEFINED SHOPDESK_INSTALL_BINDIR OR SHOPDESK_INSTALL_BINDIR STREQUAL "")
  set(SHOPDESK_INSTALL_BINDIR "bin")
endif()
if(NOT DEFINED SHOPDESK_DEPLOY_EXECUTABLES OR SHOPDESK_DEPLOY_EXECUTABLES STREQUAL "")
  set(SHOPDESK_DEPLOY_EXECUTABLES "shopdesk.exe;shopdesk-cli.exe")
endif()

# Respect DESTDIR like file(INSTALL) does (drive letter of the prefix dropped).
set(_shopdesk_prefix "${CMAKE_INSTALL_PREFIX}")
if(IS_ABSOLUTE "${SHOPDESK_INSTALL_BINDIR}")
  set(_shopdesk_bindir "${SHOPDESK_INSTALL_BINDIR}")
else()
  set(_shopdesk_bindir "${_shopdesk_prefix}/${SHOPDESK_INSTALL_BINDIR}")
endif()
if(DEFINED ENV{DESTDIR} AND NOT "$ENV{DESTDIR}" STREQUAL "")
  string(REGEX REPLACE "^[A-Za-z]:" "" _shopdesk_bindir "${_shopdesk_bindir}")
  set(_shopdesk_bindir "$ENV{DESTDIR}${_shopdesk_bindir}")
endif()

if(NOT SHOPDESK_WINDEPLOYQT OR NOT EXISTS "${SHOPDESK_WINDEPLOYQT}")
  message(FATAL_ERROR
    "deploy-qt: windeployqt not found ('${SHOPDESK_WINDEPLOYQT}'). Re-configure with "
    "-DWINDEPLOYQT_EXECUTABLE=<Qt>/bin/windeployqt.exe (see packaging/windows/README.md).")
endif()

set(_shopdesk_deployed 0)
foreach(_exe IN LISTS SHOPDESK_DEPLOY_EXECUTABLES)
  set(_exe_path "${_shopdesk_bindir}/${_exe}")
  if(NOT EXISTS "${_exe_path}")
    message(WARNING "deploy-qt: ${_exe_path} is not installed, skipping it")
    continue()
  endif()
  message(STATUS "deploy-qt: ${SHOPDESK_WINDEPLOYQT} ${_exe_path}")
  # Debug/release is detected from the binary. The MSVC runtime is installed by
  # InstallRequiredSystemLibraries, hence --no-compiler-runtime. Qt's own
  # translations (qtbase_zh_CN.qm, ...) are deployed, which the Chinese UI needs.
  execute_process(
    COMMAND "${SHOPDESK_WINDEPLOYQT}"
            --dir "${_shopdesk_bindir}"
            --no-compiler-runtime
            --verbose 1
            "${_exe_path}"
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "deploy-qt: windeployqt failed for ${_exe_path} (exit code ${_rc})")
  endif()
  math(EXPR _shopdesk_deployed "${_shopdesk_deployed} + 1")
endforeach()

if(_shopdesk_deployed EQUAL 0)
  message(FATAL_ERROR "deploy-qt: none of '${SHOPDESK_DEPLOY_EXECUTABLES}' found in ${_shopdesk_bindir}")
endif()
