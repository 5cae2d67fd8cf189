# For each built-in rulebook: `citydip rulebook show NAME` > file, then deciding
# the sample batch with that file gives exactly what the built-in gives.
# A rulebook that extends another is shown as written and, with --flatten,
# resolved: both forms decide the same.
foreach(shown_as IN ITEMS status-quo-2016 reform-proposal reform-4.2-responsibilities reform-proposal:--flatten)
  string(REPLACE ":" ";" parts "${shown_as}")
  list(GET parts 0 name)
  set(flag "")
  list(LENGTH parts n)
  if(n GREATER 1)
    list(GET parts 1 flag)
  endif()
  execute_process(COMMAND "${PROGRAM}" rulebook show ${name} ${flag} OUTPUT_FILE "${WORK}/${name}.shown.json" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rulebook show ${name} failed: ${rc}")
  endif()
  execute_process(COMMAND "${PROGRAM}" lint "${WORK}/${name}.shown.json" OUTPUT_VARIABLE lint RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "the shown ${name} does not lint:\n${lint}")
  endif()
  foreach(input IN ITEMS sample.jsonl bad/unknown-ids.jsonl)
    execute_process(COMMAND "${PROGRAM}" check --json --rulebook ${name} ${input} WORKING_DIRECTORY "${DATA}" OUTPUT_VARIABLE builtin)
    execute_process(COMMAND "${PROGRAM}" check --json --rulebook "${WORK}/${name}.shown.json" ${input} WORKING_DIRECTORY "${DATA}" OUTPUT_VARIABLE shown)
    # The decisions name their rulebook: the shown one has the same name.
    if(NOT builtin STREQUAL shown)
      message(FATAL_ERROR "${name}: decisions differ on ${input}\n--- built-in:\n${builtin}\n--- shown:\n${shown}")
    endif()
  endforeach()
endforeach()
