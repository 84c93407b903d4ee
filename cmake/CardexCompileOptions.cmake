# Warning and sanitizer flags for every Cardex target: call cardex_target_defaults(<target>).
add_library(cardex_compile_options INTERFACE)
target_compile_options(cardex_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(CARDEX_WERROR)
  target_compile_options(cardex_compile_options INTERFACE -Werror)
endif()
if(CARDEX_SANITIZE)
  target_compile_options(cardex_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(cardex_compile_options INTERFACE -fsanitize=address,undefined)
endif()

function(cardex_target_defaults target)
  target_link_libraries(${target} PRIVATE cardex_compile_options)
endfunction()
