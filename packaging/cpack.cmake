# SPDX-FileCopyrightText: 2026 The Parallax developers
# SPDX-License-Identifier: GPL-3.0-or-later

# `cpack -G DEB` in a build folder makes a Debian package of what `cmake --install` installs
# (scripts/package does it for a Release build).
set(CPACK_PACKAGE_NAME parallax)
set(CPACK_PACKAGE_VENDOR "The Parallax developers")
set(CPACK_PACKAGE_CONTACT "The Parallax developers <parallax@example.org>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop workbench for analysts who compare how news outlets report the same event: \
import articles, read them side by side, find people, organisations, places, dates and quotes \
with their speakers, tag passages and review what the machine proposed.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME parallax)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Parallax developers <parallax@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the binary links; these are loaded at run time instead: the
# SQLite driver, the platform plugins, the SVG icon engine, and the language fingerprints.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libexttextcat-data")

include(CPack)
