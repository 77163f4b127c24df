// libFuzzer: assessment index data files (resources/indices/*.json, AssessmentIndex::fromJson)
// on arbitrary bytes. A file is refused with a message or loads into an index whose parts refer
// to each other: every item found by its id, every scene by its id.

#include "assessment/AssessmentIndex.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto index = dx::AssessmentIndex::fromJson(bytes, QStringLiteral("fuzz"));
    if (!index.isOk()) {
        if (index.message().isEmpty())
            std::abort();
        return 0;
    }
    for (const dx::IndexItem* item : index->allItems())
        if (!item || index->item(item->id) == nullptr)
            std::abort();
    for (const dx::Scene& scene : index->scenes)
        if (index->scene(scene.id) == nullptr)
            std::abort();
    return 0;
}
