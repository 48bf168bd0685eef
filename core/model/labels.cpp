// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/labels.h"

using namespace Qt::StringLiterals;

namespace Parallax {

QString enumName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return u"PERSON"_s;
    case EntityType::Organisation:
        return u"ORG"_s;
    case EntityType::Location:
        return u"LOC"_s;
    case EntityType::Misc:
        return u"MISC"_s;
    }
    return {};
}

QString enumName(TemporalType type)
{
    switch (type) {
    case TemporalType::Date:
        return u"DATE"_s;
    case TemporalType::Time:
        return u"TIME"_s;
    case TemporalType::Duration:
        return u"DURATION"_s;
    case TemporalType::Set:
        return u"SET"_s;
    case TemporalType::Money:
        return u"MONEY"_s;
    case TemporalType::Percent:
        return u"PERCENT"_s;
    }
    return {};
}

QString enumName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return u"direct"_s;
    case QuoteKind::Partial:
        return u"partial"_s;
    case QuoteKind::Indirect:
        return u"indirect"_s;
    }
    return {};
}

} // namespace Parallax
