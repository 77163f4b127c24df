// libFuzzer: 统一社会信用代码 checking on arbitrary UTF-8 text. A code said to be valid has 18
// characters of the alphabet ending in the right check character; normalising is idempotent; a
// refusal says why.

#include "domain/CreditCode.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString normal = dx::CreditCode::normalize(text);
    if (dx::CreditCode::normalize(normal) != normal)
        std::abort();
    const dx::CreditCode::Check check = dx::CreditCode::check(text);
    if (check.isValid()) {
        if (check.normalized.size() != 18)
            std::abort();
        for (const QChar c : check.normalized)
            if (!dx::CreditCode::alphabet().contains(c))
                std::abort();
        if (dx::CreditCode::computeCheckCharacter(check.normalized.left(17)) != check.normalized.at(17))
            std::abort();
    } else if (check.message().isEmpty()) {
        std::abort();
    }
    if (check.problem == dx::CreditCode::Problem::BadCheckCharacter) {
        // Putting the expected character in makes it valid.
        QString fixed = check.normalized;
        fixed[17] = check.expectedCheck;
        if (!dx::CreditCode::isValid(fixed))
            std::abort();
    }
    return 0;
}
