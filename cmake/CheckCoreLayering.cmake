# Fails when a file under core/ includes Qt Widgets: the domain library must stay usable
# without a display (run by the cii_core build and by ctest).
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(bad "")
foreach(f ${sources})
  file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets|QWidget|QApplication|QDialog|QMainWindow|QMessageBox|QAbstractItemView)")
  if(hits)
    list(APPEND bad "${f}: ${hits}")
  endif()
endforeach()
if(bad)
  message(FATAL_ERROR "core/ must not use Qt Widgets:\n${bad}")
endif()
