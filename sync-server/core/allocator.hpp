// Which allocator a server program runs on, for its start-up log (see CARDEX_MIMALLOC in
// sync-server/CMakeLists.txt). Compiled into each program, not into cardex_server_core, because
// the answer depends on how that program was linked.
#pragma once

#include <string>

namespace cardex::server {

/// "mimalloc 2.0.9" when the program was linked with mimalloc, "system" otherwise. Calling it
/// also keeps the linker from dropping mimalloc as an unused library (--as-needed).
std::string allocator_name();

}  // namespace cardex::server
