# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration files and the CPack .deb (Linux) / NSIS (Windows) configuration.
# Included from the top-level CMakeLists.txt; `cpack -G DEB` in the build folder makes the package.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
  set(_pl ${CMAKE_CURRENT_LIST_DIR}/linux)
  install(FILES ${_pl}/be.brussels.Phenomap.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${_pl}/be.brussels.Phenomap.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${_pl}/be.brussels.Phenomap.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
  install(FILES ${_pl}/be.brussels.Phenomap.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES ${_pl}/phenomap.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/data/PROVENANCE.md ${PROJECT_SOURCE_DIR}/README.md
          DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

set(CPACK_PACKAGE_NAME "phenomap")
set(CPACK_PACKAGE_VENDOR "Phenomap developers")
set(CPACK_PACKAGE_CONTACT "Phenomap developers <dev@phenomap.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Phenomap")
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)

# Debian: runtime libraries of Debian 12 that the binary links (Qt 6.4, GDAL 3.6, SQLite 3.40).
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gdal-data, proj-data")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://phenomap.invalid/")

# Windows: NSIS installer (see packaging/windows/README.md for the DLLs to deploy).
set(CPACK_NSIS_DISPLAY_NAME "Phenomap")
set(CPACK_NSIS_PACKAGE_NAME "Phenomap")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/phenomap.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\phenomap.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Phenomap.lnk' '$INSTDIR\\\\bin\\\\phenomap.exe'")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKCR '.gpkg\\\\OpenWithProgids' 'Phenomap.Project' ''\n  WriteRegStr HKCR 'Phenomap.Project\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\phenomap.exe\\\" \\\"%1\\\"'")

if(WIN32)
  set(CPACK_GENERATOR "NSIS")
else()
  set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
