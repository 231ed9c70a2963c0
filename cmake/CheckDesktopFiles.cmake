# ctest desktop_metadata_valid: desktop-file-validate on the .desktop file, appstreamcli
# validate --no-net on the metainfo, and the metainfo's newest <release> against the project
# version. .ci/setup installs both validators (desktop-file-utils, appstream), so CI always
# runs them; on a machine without one, that check is reported as skipped, never as passed.
#   cmake -DRESOURCES=DIR -DAPP_ID=ID -DVERSION=X.Y.Z -P CheckDesktopFiles.cmake
set(desktop ${RESOURCES}/${APP_ID}.desktop)
set(metainfo ${RESOURCES}/${APP_ID}.metainfo.xml)
set(skipped)

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate ${desktop}:\n${out}")
  endif()
  message(STATUS "desktop-file-validate: ${desktop} is valid")
else()
  list(APPEND skipped "desktop-file-validate is not installed (apt-get install desktop-file-utils)")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  execute_process(COMMAND ${APPSTREAMCLI} validate --no-net --explain ${metainfo}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate --no-net ${metainfo}:\n${out}")
  endif()
  message(STATUS "appstreamcli: ${out}")
else()
  list(APPEND skipped "appstreamcli is not installed (apt-get install appstream)")
endif()

# Releases are listed newest first: the first one must be the version being built.
file(READ ${metainfo} xml)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "${metainfo}: the newest <release> is '${CMAKE_MATCH_1}', the project "
                      "version is ${VERSION}: add a <release> for it")
endif()
# The .desktop file's name is the AppStream id's, and the metainfo launches it.
if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
  message(FATAL_ERROR "${metainfo}: no <launchable type=\"desktop-id\">${APP_ID}.desktop")
endif()

if(skipped)
  string(REPLACE ";" "; " why "${skipped}")
  message(STATUS "SKIPPED: ${why}")
endif()
