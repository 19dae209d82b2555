# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE in packaging/Packaging.cmake).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Debian packages install under /usr, never /usr/local.
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
endif()
