# make install / the .deb: the program, its templates and page under
# PREFIX/share/fundbook (found from the program's own place, so any prefix
# works), the manual page, and systemd units for serve and watch.
include(GNUInstallDirs)
install(TARGETS fundbook RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The server module, found from the program as PREFIX/lib/fundbook (cli/serve_module.cpp).
install(TARGETS fundbook_serve LIBRARY DESTINATION lib/fundbook)
install(FILES ${FUNDBOOK_TEMPLATE_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/fundbook/templates)
install(FILES ${CMAKE_SOURCE_DIR}/web/index.html DESTINATION ${CMAKE_INSTALL_DATADIR}/fundbook/web)
install(FILES ${CMAKE_BINARY_DIR}/fundbook.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
# PREFIX/lib/systemd/system: systemd reads /usr/lib and /usr/local/lib alike.
install(FILES ${CMAKE_SOURCE_DIR}/packaging/fundbook-serve.service ${CMAKE_SOURCE_DIR}/packaging/fundbook-watch@.service
  DESTINATION lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fundbook)
set(CPACK_PACKAGE_VENDOR "fundbook")
set(CPACK_PACKAGE_CONTACT "fundbook maintainers <root@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checks the totals in council finance workbooks and writes committee reports")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "fundbook checks every total in business-plan and monitoring workbooks\n (xlsx, xls, ods, csv), lists what disagrees and writes a committee-ready\n Excel report. 'fundbook serve' gives staff a page to drop workbooks on;\n 'fundbook watch' checks what lands in a shared folder.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Depends: from the libraries the program links (dpkg-shlibdeps, in dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS adduser) # postinst
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_SOURCE_DIR}/packaging/postinst ${CMAKE_SOURCE_DIR}/packaging/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
