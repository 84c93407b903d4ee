# Warning and sanitizer flags for every Cardex target: call cardex_target_defaults(<target>).
add_library(cardex_compile_options INTERFACE)
target_compile_options(cardex_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(CARDEX_WERROR)
  target_compile_options(cardex_compile_options INTERFACE -Werror)
  # GCC 12 at -O3 reports -Wrestrict, -Wnull-dereference and -Wstringop-overflow inside libstdc++'s
  # std::string and CLI11 headers where no such access exists (GCC PR105329, PR105651, PR106199;
  # e.g. writing s[9] of a 44-character string taken by value); they stay warnings there.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(cardex_compile_options INTERFACE
      $<$<CONFIG:Release,RelWithDebInfo>:-Wno-error=restrict -Wno-error=null-dereference
                                       -Wno-error=stringop-overflow>)
  endif()
endif()
if(CARDEX_SANITIZE)
  target_compile_options(cardex_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(cardex_compile_options INTERFACE -fsanitize=address,undefined)
endif()

function(cardex_target_defaults target)
  target_link_libraries(${target} PRIVATE cardex_compile_options)
endfunction()
