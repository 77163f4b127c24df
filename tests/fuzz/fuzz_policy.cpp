// libFuzzer: subsidy policy documents (SubsidyPolicy::fromJson, what a fund officer edits and
// the database stores) on arbitrary bytes. Refused with a message, or parsed into a policy whose
// canonical document parses again to the same document.

#include "grants/SubsidyPolicy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto policy = dx::SubsidyPolicy::fromJson(bytes);
    if (!policy.isOk()) {
        if (policy.message().isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray canonical = policy->toJsonBytes();
    const auto again = dx::SubsidyPolicy::fromJson(canonical);
    if (!again.isOk() || again->toJsonBytes() != canonical)
        std::abort();
    return 0;
}
