#pragma once

#include <QString>

namespace dx {

// 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character over the
// first 17 (alphabet of 31 characters, weights 3^i mod 31). Positions 9-17 are the
// organisation code (GB 11714) with its own check at position 17.
class CreditCode
{
public:
    enum class Problem {
        None,
        Empty,
        WrongLength,        // not 18 characters after normalisation
        BadCharacter,       // a character outside the alphabet (I, O, S, V, Z, punctuation …)
        BadCheckCharacter,  // position 18 does not match
    };

    struct Check
    {
        QString normalized;
        Problem problem = Problem::None;
        int position = 0;          // 1-based position of a bad character
        QChar expectedCheck;       // the right check character, when only that is wrong
        bool organisationCodeWarning = false;  // GB 11714 check of position 17 fails: a warning
        bool isValid() const { return problem == Problem::None; }
        QString message() const;   // translated, empty when valid without warning
    };

    static const QString& alphabet();  // "0123456789ABCDEFGHJKLMNPQRTUWXY"
    // Trim, drop inner spaces and dashes, full-width to half-width, upper-case.
    static QString normalize(const QString& input);
    static Check check(const QString& input);
    static bool isValid(const QString& input) { return check(input).isValid(); }
    // The check character for 17 leading characters (which must be in the alphabet).
    static QChar computeCheckCharacter(const QString& first17);
    // GB 11714 check character (position 17) for the 8 characters at positions 9-16.
    static QChar computeOrganisationCheck(const QString& eight);
};

} // namespace dx
