# Installation layout and installers (CPack). Linux: .deb and a portable .tar.gz built and tested
# here; Windows (NSIS) and macOS (DragNDrop .dmg) come from .github/workflows/release.yml.
include(GNUInstallDirs)

set(DIGITPAD_APP_ID io.github.digitpad.DigitPad)

install(TARGETS digitpad-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(DIGITPAD_BUILD_GUI)
  install(TARGETS digitpad
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
  if(WIN32 OR APPLE)
    # Qt's own deployment: windeployqt / macdeployqt put the Qt runtime beside the program.
    qt_generate_deploy_app_script(TARGET digitpad OUTPUT_SCRIPT _deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_deploy_script})
  endif()
endif()

# MNIST goes into every installer, so an installed DigitPad trains and evaluates offline. The
# build checks the files against packaging/mnist.sha256 and gzip-compresses them (about 11 MB).
option(DIGITPAD_BUNDLE_MNIST "Put MNIST into the installers" ON)
set(DIGITPAD_MNIST_SOURCE "${PROJECT_SOURCE_DIR}/data/mnist" CACHE PATH "Plain MNIST IDX files for the installers")
if(WIN32)
  set(DIGITPAD_DATA_DESTINATION ${CMAKE_INSTALL_BINDIR})          # beside digitpad.exe
  set(DIGITPAD_DOC_DESTINATION ${CMAKE_INSTALL_BINDIR})
elseif(APPLE)
  set(DIGITPAD_DATA_DESTINATION digitpad.app/Contents/Resources)  # the bundle's Resources
  set(DIGITPAD_DOC_DESTINATION digitpad.app/Contents/Resources)
else()
  set(DIGITPAD_DATA_DESTINATION ${CMAKE_INSTALL_DATADIR}/digitpad) # share/digitpad, beside bin/
  set(DIGITPAD_DOC_DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/digitpad)
endif()
if(DIGITPAD_BUNDLE_MNIST)
  file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/mnist.sha256 _mnist_sums)
  set(_mnist_inputs)
  set(_mnist_outputs)
  foreach(_line IN LISTS _mnist_sums)
    string(REGEX REPLACE "^[0-9a-f]+  " "" _name "${_line}")
    if(NOT EXISTS ${DIGITPAD_MNIST_SOURCE}/${_name})
      message(FATAL_ERROR "The installers carry MNIST, but ${DIGITPAD_MNIST_SOURCE}/${_name} is missing. "
                          "Run ./dev.sh setup, set DIGITPAD_MNIST_SOURCE, or pass -DDIGITPAD_BUNDLE_MNIST=OFF.")
    endif()
    list(APPEND _mnist_inputs ${DIGITPAD_MNIST_SOURCE}/${_name})
    list(APPEND _mnist_outputs ${CMAKE_BINARY_DIR}/mnist/${_name}.gz)
  endforeach()
  add_custom_command(OUTPUT ${_mnist_outputs}
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${DIGITPAD_MNIST_SOURCE} -DSUMS=${CMAKE_CURRENT_LIST_DIR}/mnist.sha256
            -DOUTPUT=${CMAKE_BINARY_DIR}/mnist -P ${CMAKE_CURRENT_LIST_DIR}/BundleMnist.cmake
    DEPENDS ${_mnist_inputs} ${CMAKE_CURRENT_LIST_DIR}/mnist.sha256 ${CMAKE_CURRENT_LIST_DIR}/BundleMnist.cmake
    COMMENT "Checking MNIST against its pinned SHA-256 and compressing it for the installers")
  add_custom_target(digitpad_mnist ALL DEPENDS ${_mnist_outputs})
  install(FILES ${_mnist_outputs} DESTINATION ${DIGITPAD_DATA_DESTINATION}/mnist)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/NOTICE ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${DIGITPAD_DOC_DESTINATION})

if(UNIX AND NOT APPLE)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/linux/${DIGITPAD_APP_ID}.metainfo.xml.in
                 ${CMAKE_BINARY_DIR}/${DIGITPAD_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${DIGITPAD_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_BINARY_DIR}/${DIGITPAD_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/digitpad.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${DIGITPAD_APP_ID}.svg)
endif()

set(CPACK_PACKAGE_NAME digitpad)
set(CPACK_PACKAGE_VENDOR "The DigitPad developers")
set(CPACK_PACKAGE_CONTACT "DigitPad developers <digitpad@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY DigitPad)
set(CPACK_PACKAGE_EXECUTABLES digitpad DigitPad)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_FILE_NAME digitpad-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})
set(CPACK_STRIP_FILES ON)

# Linux
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "DigitPad recognizes handwritten digits as you draw them with a mouse or a pen,
and trains its convolutional network on MNIST from the GUI with live charts.
Includes digitpad-cli for training, evaluation and prediction from scripts.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

# Windows
set(CPACK_NSIS_DISPLAY_NAME DigitPad)
set(CPACK_NSIS_PACKAGE_NAME DigitPad)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/digitpad.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/windows/digitpad.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\digitpad.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The Start-menu shortcut comes from CPACK_PACKAGE_EXECUTABLES; the uninstaller removes it.

# macOS
set(CPACK_DMG_VOLUME_NAME DigitPad)
set(CPACK_BUNDLE_NAME DigitPad)

if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
  elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
  else()
    set(CPACK_GENERATOR "DEB;TGZ")
  endif()
endif()
include(CPack)
