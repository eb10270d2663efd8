# Debian package of Relais: `make package` (cpack -G DEB in the build
# directory) writes relais_<version>_<arch>.deb. Included from the top-level
# CMakeLists.txt after every install() rule.
#
# dpkg-shlibdeps (dpkg-dev) turns the libraries the two executables link into
# Depends (libqt6core6, libqt6widgets6, libgpgmepp6, libqt6keychain1, …).
# What it cannot see is added by hand below: Qt plugins loaded at run time
# and programs started at run time.

set(CPACK_GENERATOR "DEB")                            # `cpack` without -G

set(CPACK_PACKAGE_NAME "relais")
set(CPACK_PACKAGE_VENDOR "The Relais developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# No semicolons: CPack would take them for list separators.
set(CPACK_PACKAGE_DESCRIPTION "\
Relais configures, tests and follows outgoing webhooks: URL, method, trigger
events, condition, headers, payload template, secret and signature scheme,
retry policy. Every request and response is kept in a local SQLite database,
secrets in the system keychain. relaisctl runs the same engine from the
command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "The Relais developers <maintainers@relais.example.org>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)               # relais_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Appended to what dpkg-shlibdeps finds:
#  - libqt6sql6-sqlite: the QSQLITE driver is a plugin, not a linked library;
#  - gpg: GPGME runs the gpg program for field encryption.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, gpg")
# A Secret Service (or KWallet) for the keychain; the French Qt strings
# (standard dialogs, buttons).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
# postgresql:// database URLs (the QPSQL driver plugin).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")

include(CPack)
