# Debian packages with CPack: `cpack -G DEB` in a release build directory (docs/operations.md)
# gives cardex-server_<version>_<arch>.deb and cardex-kiosk_<version>_<arch>.deb.
install(FILES deploy/systemd/cardex-server.service deploy/systemd/cardex-backup.service
              deploy/systemd/cardex-backup.timer deploy/systemd/cardex-purge.service deploy/systemd/cardex-purge.timer
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES deploy/cardex-server.conf DESTINATION /etc/cardex COMPONENT server)
install(PROGRAMS deploy/cardex-backup.sh deploy/make-dev-certs.sh DESTINATION lib/cardex COMPONENT server)
install(FILES docs/operations.md docs/api.md docs/configuration.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT server)
if(CARDEX_BUILD_KIOSK)
  install(PROGRAMS deploy/kiosk/cardex-kiosk-launch.sh DESTINATION lib/cardex COMPONENT kiosk)
  install(FILES deploy/kiosk/cardex-kiosk.desktop DESTINATION /etc/xdg/autostart COMPONENT kiosk)
endif()

set(CPACK_PACKAGE_NAME cardex)
set(CPACK_PACKAGE_VENDOR "Cardex")
set(CPACK_PACKAGE_CONTACT "Cardex operations <ops@cardex.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # library dependencies from dpkg-shlibdeps
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME cardex-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, sqlite3")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/deploy/debian/postinst;${PROJECT_SOURCE_DIR}/deploy/debian/conffiles")
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME cardex-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
# The QML modules the screens import (shlibdeps cannot see them), and the keyboard's own needs: its
# input-method plugin (qt6-virtualkeyboard-plugin; without it the keyboard never appears) and layouts.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, qml6-module-qt-labs-folderlistmodel, qt6-qpa-plugins, fonts-noto-core, fonts-noto-cjk")
set(CPACK_COMPONENTS_ALL server kiosk)
include(CPack)
