# Writes OUT, a C++ source that holds the file IN as a byte array: the
# explorer page is compiled into the program, so serving it reads no file.
#   cmake -DIN=page/index.html -DOUT=page.cpp -P embed_page.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" digits)
math(EXPR size "${digits} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUT}" "// Generated from ${IN} by embed_page.cmake: do not edit.\n#include <cstddef>\nnamespace citydip::serve {\nextern const char page_html[];\nextern const std::size_t page_html_size;\nconst char page_html[] = {${bytes} '\\0'};\nconst std::size_t page_html_size = ${size};\n}  // namespace citydip::serve\n")
