#include "allocator.hpp"

#ifdef CARDEX_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace cardex::server {

std::string allocator_name() {
#ifdef CARDEX_WITH_MIMALLOC
    int v = mi_version();  // e.g. 209 for 2.0.9
    return "mimalloc " + std::to_string(v / 100) + "." + std::to_string(v / 10 % 10) + "." + std::to_string(v % 10);
#else
    return "system";
#endif
}

}  // namespace cardex::server
