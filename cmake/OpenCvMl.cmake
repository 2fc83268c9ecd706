# The classical models use three OpenCV modules: ml (SVM, random forest), objdetect (HOG) and
# core. Debian's per-module -dev packages ship no CMake config (that comes with the whole of
# libopencv-dev), so we look the modules up ourselves; elsewhere OpenCV's own config is used.
find_package(OpenCV 4 QUIET COMPONENTS core ml objdetect)
add_library(opencv_ml_hog INTERFACE)
if(OpenCV_FOUND)
  target_include_directories(opencv_ml_hog SYSTEM INTERFACE ${OpenCV_INCLUDE_DIRS})
  target_link_libraries(opencv_ml_hog INTERFACE opencv_core opencv_ml opencv_objdetect)
else()
  find_path(OPENCV_INCLUDE_DIR opencv2/ml.hpp PATH_SUFFIXES opencv4 REQUIRED)
  target_include_directories(opencv_ml_hog SYSTEM INTERFACE ${OPENCV_INCLUDE_DIR})
  foreach(module core ml objdetect)
    find_library(OPENCV_${module}_LIBRARY opencv_${module} REQUIRED)
    target_link_libraries(opencv_ml_hog INTERFACE ${OPENCV_${module}_LIBRARY})
  endforeach()
endif()
