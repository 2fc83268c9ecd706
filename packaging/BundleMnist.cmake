# Run by the build (cmake -P): checks the four MNIST files against packaging/mnist.sha256 and
# writes gzip-compressed copies for the installers. Nothing is written if a file is missing
# or differs from the pinned data.
#   -DSOURCE=<folder with the plain IDX files> -DSUMS=<mnist.sha256> -DOUTPUT=<folder>
file(STRINGS "${SUMS}" lines)
foreach(line IN LISTS lines)
  if(NOT line MATCHES "^([0-9a-f]+)  (.+)$")
    message(FATAL_ERROR "${SUMS}: unreadable line '${line}'")
  endif()
  set(expected ${CMAKE_MATCH_1})
  set(name ${CMAKE_MATCH_2})
  if(NOT EXISTS "${SOURCE}/${name}")
    message(FATAL_ERROR "MNIST file ${SOURCE}/${name} is missing (./dev.sh setup fetches it)")
  endif()
  file(SHA256 "${SOURCE}/${name}" actual)
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${SOURCE}/${name} is not the pinned MNIST file: SHA-256 ${actual}, expected ${expected}")
  endif()
  list(APPEND checked ${name})
endforeach()
file(MAKE_DIRECTORY "${OUTPUT}")
foreach(name IN LISTS checked)
  file(ARCHIVE_CREATE OUTPUT "${OUTPUT}/${name}.gz.part" PATHS "${SOURCE}/${name}"
       FORMAT raw COMPRESSION GZip COMPRESSION_LEVEL 9)
  file(RENAME "${OUTPUT}/${name}.gz.part" "${OUTPUT}/${name}.gz")
endforeach()
