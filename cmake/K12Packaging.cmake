# Debian packages made by CPack (README, "Packages"): `cmake --build build --target packages`
# (builds both programs first), `--target package` or `cpack --config build/CPackConfig.cmake`
# write k12-teacher_<version>_<arch>.deb and k12-server_<version>_<arch>.deb.
# Two install components, one package each:
#   teacher: the app, its desktop entry, AppStream data, icons and k12-teacher(1);
#   server:  k12-server, k12-server(8), the systemd unit, /etc/default/k12-server, the nginx example.
# The translations are compiled into the k12-teacher binary (app/CMakeLists.txt).

# The project's public identity, defined here and nowhere else: the AppStream id (also the
# desktop file's and the icon's name, and the keychain service in sync/client/CredentialStore.cpp),
# the homepage and where its site publishes the repository's docs/screenshots.
set(K12_APP_ID "org.k12teacher.K12Teacher")
set(K12_HOMEPAGE_URL "https://k12teacher.org" CACHE STRING "Project homepage, in the packages' metadata")
set(K12_SCREENSHOT_URL "${K12_HOMEPAGE_URL}/docs/screenshots" CACHE STRING
    "Where the site serves the repository's docs/screenshots (AppStream screenshots)")
set(K12_PACKAGE_MAINTAINER "K12 Teacher maintainers <maintainers@k12teacher.org>" CACHE STRING
    "Maintainer field of the .deb packages")
# The date of this version (AppStream release, Debian changelog, manual pages): fixed, so
# rebuilding the same version makes the same files.
set(K12_RELEASE_DATE "2026-12-06")
set(K12_RELEASE_DATE_RFC2822 "Sun, 06 Dec 2026 12:00:00 +0000")
set(K12_MAN_DATE "${K12_RELEASE_DATE}")

set(k12_pkg_src ${PROJECT_SOURCE_DIR}/packaging)
set(k12_pkg_out ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${k12_pkg_out})

# Manual pages and changelogs are installed gzip-compressed (Debian policy 12.3 and 12.7);
# they are made at configure time so that a bare `cpack` finds them.
find_program(K12_GZIP gzip REQUIRED)
function(k12_gzip_file in out)
    execute_process(COMMAND ${K12_GZIP} -9nc ${in} OUTPUT_FILE ${out} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${in} failed")
    endif()
endfunction()

foreach(k12_page k12-teacher/k12-teacher.1 k12-server/k12-server.8)
    get_filename_component(k12_name ${k12_page} NAME)
    configure_file(${k12_pkg_src}/${k12_page}.in ${k12_pkg_out}/${k12_name} @ONLY)
    k12_gzip_file(${k12_pkg_out}/${k12_name} ${k12_pkg_out}/${k12_name}.gz)
endforeach()
foreach(K12_DEB_PACKAGE k12-teacher k12-server)
    configure_file(${k12_pkg_src}/changelog.in ${k12_pkg_out}/${K12_DEB_PACKAGE}/changelog @ONLY)
    k12_gzip_file(${k12_pkg_out}/${K12_DEB_PACKAGE}/changelog ${k12_pkg_out}/${K12_DEB_PACKAGE}/changelog.gz)
endforeach()
configure_file(${k12_pkg_src}/copyright ${k12_pkg_out}/copyright @ONLY)
configure_file(${k12_pkg_src}/k12-teacher/${K12_APP_ID}.metainfo.xml.in ${k12_pkg_out}/${K12_APP_ID}.metainfo.xml
               @ONLY)

# --- k12-teacher -----------------------------------------------------------------------
# (the binary: install(TARGETS k12-teacher ... COMPONENT teacher) in app/CMakeLists.txt)
if(K12_BUILD_GUI)
    install(FILES ${k12_pkg_src}/k12-teacher/${K12_APP_ID}.desktop DESTINATION share/applications
            COMPONENT teacher)
    install(FILES ${k12_pkg_out}/${K12_APP_ID}.metainfo.xml DESTINATION share/metainfo COMPONENT teacher)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/k12-teacher.svg
            DESTINATION share/icons/hicolor/scalable/apps RENAME ${K12_APP_ID}.svg COMPONENT teacher)
    foreach(k12_size 48 64 128 256)
        install(FILES ${k12_pkg_src}/icons/${k12_size}x${k12_size}/${K12_APP_ID}.png
                DESTINATION share/icons/hicolor/${k12_size}x${k12_size}/apps COMPONENT teacher)
    endforeach()
    install(FILES ${k12_pkg_out}/k12-teacher.1.gz DESTINATION share/man/man1 COMPONENT teacher)
    install(FILES ${k12_pkg_out}/copyright ${k12_pkg_out}/k12-teacher/changelog.gz
            DESTINATION share/doc/k12-teacher COMPONENT teacher)
endif()

# --- k12-server ------------------------------------------------------------------------
# (the binary: install(TARGETS k12-server ... COMPONENT server) in server/CMakeLists.txt)
install(FILES ${k12_pkg_out}/k12-server.8.gz DESTINATION share/man/man8 COMPONENT server)
install(FILES ${k12_pkg_out}/copyright ${k12_pkg_out}/k12-server/changelog.gz
        DESTINATION share/doc/k12-server COMPONENT server)
# The nginx site the security suite runs in a real nginx (tst_security behindNginxWithTls).
install(FILES ${PROJECT_SOURCE_DIR}/docs/deploy/nginx-k12.conf DESTINATION share/doc/k12-server/examples
        COMPONENT server)
# Absolute: Debian 12's systemd unit folder and /etc are outside the /usr prefix.
install(FILES ${k12_pkg_src}/k12-server/k12-server.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${k12_pkg_src}/k12-server/k12-server.default DESTINATION /etc/default RENAME k12-server
        COMPONENT server)

# --- CPack -----------------------------------------------------------------------------
# cpack (and `--target package`) would first build `all` (every test and benchmark) through
# the preinstall target. Instead `--target packages` builds the two programs, then packs;
# a bare `cpack` packs what is built.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME k12-teacher)
set(CPACK_PACKAGE_VENDOR "The K12 Teacher developers")
set(CPACK_PACKAGE_CONTACT "${K12_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server)
if(K12_BUILD_GUI)
    list(PREPEND CPACK_COMPONENTS_ALL teacher)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${K12_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${K12_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE k12-teacher)
# dpkg-shlibdeps turns the linked libraries into Debian 12 package names.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_THREADS 0)

set(CPACK_DEBIAN_TEACHER_PACKAGE_NAME k12-teacher)
set(CPACK_DEBIAN_TEACHER_PACKAGE_SECTION education)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver of Qt SQL (the
# local database) and the SVG icon engine (the app icon).
set(CPACK_DEBIAN_TEACHER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_TEACHER_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, fonts-wqy-microhei")
# QtKeychain keeps the server password in a Secret Service.
set(CPACK_DEBIAN_TEACHER_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, k12-server")
# First line: the synopsis; CPack indents the rest and turns the empty line into " .".
# An empty package summary keeps CPack from putting the project's DESCRIPTION in front.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_DEBIAN_TEACHER_DESCRIPTION "offline-first gradebook and lesson planner for teachers
K12 Teacher keeps a teacher's classes, gradebook, grading periods, standards
mastery, unit and lesson plans, guardians and progress reports on the
teacher's computer, so it works without a network, and synchronises them
with the school's k12-server when one is set up.

Every task also has a command (k12-teacher --help). Imports and exports
in CSV and XLSX, printable PDF plans and reports, backups and rollover to
a new term are included.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME k12-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# The SQLite driver of Qt SQL is the default database; PostgreSQL's driver and client
# programs (admin backup and restore) serve a district's database.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx | nginx-light, postgresql-client")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${k12_pkg_src}/k12-server/conffiles)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "sync server for the K12 Teacher gradebook
k12-server keeps the school's copy of every teacher's K12 Teacher data and
synchronises it with the desktop app over HTTP. It stores its data in
SQLite for a school or in PostgreSQL for a district.

The package includes a sandboxed systemd service (disabled until enabled),
its settings in /etc/default/k12-server and an example nginx site that
puts TLS in front of the server.")

include(CPack)

# K12_PACKAGE_DIR (environment, default <build>/dist): where the .deb files go.
add_custom_target(packages
    COMMAND sh -c "exec ${CMAKE_CPACK_COMMAND} --config ${PROJECT_BINARY_DIR}/CPackConfig.cmake -B \"\${K12_PACKAGE_DIR:-${PROJECT_BINARY_DIR}/dist}\""
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
    COMMENT "Building the .deb packages"
    VERBATIM)
add_dependencies(packages k12-server)
if(K12_BUILD_GUI)
    add_dependencies(packages k12-teacher)
endif()
