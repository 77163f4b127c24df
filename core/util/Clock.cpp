#include "Clock.h"

namespace dx {

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace dx
