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

# Vector instructions: tiny-dnn's AVX kernels, where the build machine has them.
option(DIGITPAD_AVX "Use AVX/FMA kernels in tiny-dnn when the compiler and CPU support them" ON)
if(DIGITPAD_AVX AND CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
  include(CheckCXXSourceRuns)
  set(CMAKE_REQUIRED_FLAGS "-mavx2 -mfma")
  check_cxx_source_runs("#include <immintrin.h>
    int main(){ __m256 a = _mm256_set1_ps(1.f); a = _mm256_fmadd_ps(a, a, a); return _mm256_cvtss_f32(a) == 2.f ? 0 : 1; }"
    DIGITPAD_HAVE_AVX2)
  unset(CMAKE_REQUIRED_FLAGS)
  if(DIGITPAD_HAVE_AVX2)
    target_compile_definitions(tinydnn INTERFACE CNN_USE_AVX)
    target_compile_options(tinydnn INTERFACE -mavx2 -mfma)
  endif()
endif()

