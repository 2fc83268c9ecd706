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
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
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
