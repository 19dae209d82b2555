# Packages made by CPack from the install rules: a Debian package (`cpack -G DEB`) and a
# relocatable tarball (`cpack -G TGZ`). Included from the top-level CMakeLists.txt; how to build
# them and what is in them: docs/packaging.md.

set(CPACK_PACKAGE_NAME "legcare")
set(CPACK_PACKAGE_VENDOR "LegCare developers")
set(CPACK_PACKAGE_CONTACT "LegCare developers <legcare@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# The synopsis; the long description follows it in the Debian control file.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "self-care for leg pain and leg cramps")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_LIST_DIR}/description.txt")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Debian ships stripped binaries (lintian flags unstripped ones); RelWithDebInfo builds carry
# debug information.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
# Per-generator settings (the DEB installs to /usr, the tarball stays relocatable).
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake")

# Tarball: legcare-VERSION-Linux-ARCH.tar.gz with bin/ and share/ under one top folder.
# (The Debian package names itself: CPACK_DEBIAN_FILE_NAME below.)
set(CPACK_PACKAGE_FILE_NAME "legcare-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")

# Debian package: legcare_VERSION_ARCH.deb.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the programs link, found by dpkg-shlibdeps (dpkg-dev); among them libqt6svg6, which
# also holds the SVG image and icon plugins the icons need ...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ... and what they load at run time, which no scan of the binaries finds: the SQLite driver
# of QtSql (the diary) and Qt's own translations (its dialogs in Chinese). The package_contents
# test checks all three are in Depends.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
# The font the reports and handouts name for Chinese text. Any CJK font shows Chinese, so it is
# recommended (installed by default) rather than required.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")

include(CPack)
