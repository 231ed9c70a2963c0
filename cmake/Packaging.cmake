# What `cmake --install` puts where, and the Debian package (`cmake --build build --target
# package`, or `cpack` in build/) that holds the same files under /usr.
#   bin/                                  cii-workbench, cii-workbench-cli (nothing else: the
#                                         tests, benches and fuzz targets are not installed)
#   share/applications/                   io.github.ciiworkbench.CiiWorkbench.desktop
#   share/metainfo/                       io.github.ciiworkbench.CiiWorkbench.metainfo.xml
#   share/icons/hicolor/SIZE/apps/        cii-workbench.png (16…512), scalable/ the SVG
#   share/doc/cii-workbench/              README.md, LICENSE
# The translations (ours) are compiled into the programs (core/CMakeLists.txt, ":/i18n");
# Qt's own come from qt6-translations-l10n in Qt's translations directory.
include(GNUInstallDirs)

set(CII_APP_ID io.github.ciiworkbench.CiiWorkbench)
set(CII_ICON_SIZES 16 22 24 32 48 64 128 256 512)

install(TARGETS cii-workbench cii-workbench-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/${CII_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${CII_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size IN LISTS CII_ICON_SIZES)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/cii-workbench.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cii-workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cii-workbench)

# The PNG icons are committed, so that a build needs no SVG renderer; after a change to the
# SVGs, `cmake --build build --target render_icons` draws them again with Qt's SVG plugin
# (cii-workbench-16.svg is the drawing for 16 pixels, cii-workbench.svg for the rest).
add_executable(cii-render-icons EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/cmake/tools/rendericons.cpp)
target_link_libraries(cii-render-icons PRIVATE Qt6::Gui)
set(CII_ICON_LARGE_SIZES ${CII_ICON_SIZES})
list(REMOVE_ITEM CII_ICON_LARGE_SIZES 16)
add_custom_target(render_icons
  COMMAND cii-render-icons icons/cii-workbench-16.svg icons/hicolor cii-workbench 16
  COMMAND cii-render-icons icons/cii-workbench.svg icons/hicolor cii-workbench
          ${CII_ICON_LARGE_SIZES}
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/resources
  COMMENT "Rendering resources/icons/hicolor/*/apps/cii-workbench.png")

# The Debian package. dpkg-shlibdeps finds the libraries the programs link (libQt6*, libzip,
# libsodium …); Depends adds what they load at run time and no linker sees: the SQLite driver
# of QtSql, the platform plugins, the SVG plugins (window icon), and the fonts the documents
# name (Noto CJK for Chinese, Liberation for Latin text).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cii-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The CII Workbench developers")
set(CPACK_PACKAGE_CONTACT "CII Workbench developers <cii-workbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "workstation for the regulators of critical information infrastructure")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "CII Workbench (关保工作台) is a desktop workstation, with a command-line companion,\n\
for China's protection work departments: the sector regulators who identify critical\n\
information infrastructure under State Council Decree 745, notify operators and the\n\
Ministry of Public Security, track re-identification deadlines and plan inspections.\n\
It works offline, in Chinese and English, on one SQLite file per department, and\n\
records every change in a hash-chained audit log.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # cii-workbench_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/ciiworkbench/cii-workbench)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk, fonts-liberation2")
# Qt's own strings (standard buttons, file dialogs) in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")
include(CPack)

# The .desktop file and the AppStream metainfo pass their validators, and the metainfo's
# newest release is this project version (cmake/CheckDesktopFiles.cmake).
if(BUILD_TESTING)
  add_test(NAME desktop_metadata_valid
    COMMAND ${CMAKE_COMMAND} -DRESOURCES=${PROJECT_SOURCE_DIR}/resources -DAPP_ID=${CII_APP_ID}
            -DVERSION=${PROJECT_VERSION} -P ${PROJECT_SOURCE_DIR}/cmake/CheckDesktopFiles.cmake)
  set_tests_properties(desktop_metadata_valid PROPERTIES LABELS package
    SKIP_REGULAR_EXPRESSION "SKIPPED:")
endif()
