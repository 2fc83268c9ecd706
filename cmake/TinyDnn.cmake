# tiny-dnn is header-only. Its headers include "third_party/stb/stb_image.h", which Debian
# ships as /usr/include/stb/stb_image.h, so we give the compiler a directory where
# third_party/stb points at the system stb headers.
find_path(TINYDNN_INCLUDE_DIR tiny_dnn/tiny_dnn.h REQUIRED)
find_path(STB_INCLUDE_DIR stb_image.h PATH_SUFFIXES stb REQUIRED)

set(_shim ${CMAKE_BINARY_DIR}/tinydnn-shim)
file(MAKE_DIRECTORY ${_shim}/third_party)
if(NOT EXISTS ${_shim}/third_party/stb)
  file(CREATE_LINK ${STB_INCLUDE_DIR} ${_shim}/third_party/stb SYMBOLIC COPY_ON_ERROR)
endif()

add_library(tinydnn INTERFACE)
target_include_directories(tinydnn SYSTEM INTERFACE ${TINYDNN_INCLUDE_DIR} ${_shim} ${STB_INCLUDE_DIR})
# Every translation unit that includes tiny-dnn compiles stb in; static linkage keeps them apart.
target_compile_definitions(tinydnn INTERFACE
  STB_IMAGE_STATIC STB_IMAGE_RESIZE_STATIC STB_IMAGE_WRITE_STATIC CNN_NO_SERIALIZATION_DEPRECATED)

find_package(Threads REQUIRED)
target_link_libraries(tinydnn INTERFACE Threads::Threads)
