# Runs the citydip program once and compares what it printed with the expected files.
#   -DPROGRAM=... -DARGS=a|b|c -DEXIT=N -DEXPECTED_OUT=file -DEXPECTED_ERR=file [-DSTDIN=file]
#   [-DWORKDIR=dir] [-DCONTAINS=text]   (CONTAINS: stdout must contain text; no file comparison)
string(REPLACE "|" ";" ARGS "${ARGS}")
set(input_args "")
if(DEFINED STDIN AND NOT STDIN STREQUAL "")
  set(input_args INPUT_FILE "${STDIN}")
endif()
execute_process(
  COMMAND "${PROGRAM}" ${ARGS}
  ${input_args}
  WORKING_DIRECTORY "${WORKDIR}"
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc
  TIMEOUT 120)
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "exit status ${rc}, expected ${EXIT}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
if(DEFINED CONTAINS AND NOT CONTAINS STREQUAL "")
  string(FIND "${out}" "${CONTAINS}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "stdout does not contain '${CONTAINS}':\n${out}")
  endif()
  return()
endif()
function(compare what actual expected_file)
  if(NOT EXISTS "${expected_file}")
    file(WRITE "${expected_file}.actual" "${actual}")
    message(FATAL_ERROR "no ${expected_file}; the ${what} printed was written beside it as .actual:\n${actual}")
  endif()
  file(READ "${expected_file}" expected)
  if(NOT actual STREQUAL expected)
    file(WRITE "${expected_file}.actual" "${actual}")
    message(FATAL_ERROR "${what} differs from ${expected_file} (actual output written beside it as .actual)\n--- actual:\n${actual}\n--- expected:\n${expected}")
  endif()
endfunction()
compare(stdout "${out}" "${EXPECTED_OUT}")
# Standard error is compared when the case expects some (a .err file) or printed any.
if(EXISTS "${EXPECTED_ERR}" OR NOT err STREQUAL "")
  compare(stderr "${err}" "${EXPECTED_ERR}")
endif()
