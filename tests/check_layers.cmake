# core/'s folders are layers: a folder includes only folders of a lower layer, so no include runs
# upward or in a circle, and core includes no Qt. Run as:
#   cmake -DSOURCE_DIR=<checkout> -P tests/check_layers.cmake
cmake_minimum_required(VERSION 3.16)
# Lowest first; folders on one line are side by side and may not include each other.
set(layers
  "util linalg"
  "data"
  "preprocess model"
  "cnn reading"
  "metrics"
  "io classic onnx calibration"
  "catalogue"
  "train"
  "personal pen")

set(rank 0)
foreach(layer IN LISTS layers)
  string(REPLACE " " ";" folders "${layer}")
  foreach(folder IN LISTS folders)
    set(rank_${folder} ${rank})
  endforeach()
  math(EXPR rank "${rank} + 1")
endforeach()

set(problems 0)
set(checked 0)
file(GLOB folders RELATIVE "${SOURCE_DIR}/core" "${SOURCE_DIR}/core/*")
foreach(folder IN LISTS folders)
  if(NOT IS_DIRECTORY "${SOURCE_DIR}/core/${folder}")
    continue()
  endif()
  math(EXPR checked "${checked} + 1")
  if(NOT DEFINED rank_${folder})
    message(SEND_ERROR "core/${folder} is in no layer: add it to tests/check_layers.cmake")
    math(EXPR problems "${problems} + 1")
    continue()
  endif()
  file(GLOB sources "${SOURCE_DIR}/core/${folder}/*.h" "${SOURCE_DIR}/core/${folder}/*.cpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "^#include [\"<]")
    foreach(line IN LISTS includes)
      if(line MATCHES "^#include <Q")
        message(SEND_ERROR "${source}: core includes no Qt: ${line}")
        math(EXPR problems "${problems} + 1")
      elseif(line MATCHES "^#include \"([a-z]+)/")
        set(target "${CMAKE_MATCH_1}")
        if(target STREQUAL folder OR NOT DEFINED rank_${target})
          continue()
        endif()
        if(NOT rank_${target} LESS rank_${folder})
          message(SEND_ERROR "${source}: core/${folder} may not include core/${target} (${line})")
          math(EXPR problems "${problems} + 1")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()
message(STATUS "${checked} core folders checked, ${problems} includes out of place")
