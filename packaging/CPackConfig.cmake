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
  # Debian policy: man pages are installed gzip-compressed (-n: no name or time stamp inside).
  find_program(PHENOMAP_GZIP gzip REQUIRED)
  set(_man ${CMAKE_CURRENT_BINARY_DIR}/man/phenomap.1)
  add_custom_command(OUTPUT ${_man}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
      COMMAND ${CMAKE_COMMAND} -E copy ${_pl}/phenomap.1 ${_man}
      COMMAND ${PHENOMAP_GZIP} -9nf ${_man}
      DEPENDS ${_pl}/phenomap.1
      VERBATIM)
  add_custom_target(phenomap_manpage ALL DEPENDS ${_man}.gz)
  install(FILES ${_man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  # Debian keeps a package's documents in /usr/share/doc/<package>, with its copyright file.
  install(FILES ${PROJECT_SOURCE_DIR}/resources/data/PROVENANCE.md ${PROJECT_SOURCE_DIR}/README.md ${_pl}/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/phenomap)
endif()

set(CPACK_PACKAGE_NAME "phenomap")
set(CPACK_PACKAGE_VENDOR "Phenomap developers")
set(CPACK_PACKAGE_CONTACT "Phenomap developers <dev@phenomap.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Phenomap loads incident data from partner agencies into a local project, shows where and how \
organised-crime phenomena and their modus operandi occur across the 19 municipalities and 6 police \
zones of the Brussels-Capital Region, computes hot spots and near-repeat statistics, and exports \
briefings and partner packages marked with TLP. A project is one GeoPackage file (EPSG:31370) that \
QGIS also opens. It works offline and includes a user guide in French, Dutch and English.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Phenomap")
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)

# Debian: dpkg-shlibdeps derives Depends from the libraries the binary needs (Qt 6.4 Core, Gui,
# Widgets, Svg; GDAL 3.6; SQLite 3.40; libsodium; the linker drops Charts and PrintSupport, which
# nothing calls). What Qt loads as plugins is in those same packages on Debian 12: the xcb and
# offscreen platforms in libqt6gui6, the SVG image and icon plugins in libqt6svg6. Phenomap talks
# to SQLite through its C API, never through Qt SQL, so no Qt SQL driver is needed; qt6-qpa-plugins
# holds only the VNC and TUIO platforms. Fonts come through libfontconfig1 -> fontconfig-config ->
# fonts-dejavu-core, PROJ's database through libgdal32 -> libproj25 -> proj-data. No explicit
# Depends are needed; packaging/deb-install-test.sh checks that on a clean Debian 12. The .desktop
# and MIME files need no maintainer scripts: the dpkg triggers of desktop-file-utils and
# shared-mime-info update their caches when the files land.
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own translations (dialog buttons) and the tools that make double-click open projects.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, shared-mime-info, desktop-file-utils")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qgis, minisign, age")
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
