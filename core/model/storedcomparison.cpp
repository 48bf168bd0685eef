// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedcomparison.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

constexpr std::array<std::pair<ReviewItemStatus, QStringView>, 4> kStatuses {{
    {ReviewItemStatus::Open, u"open"},
    {ReviewItemStatus::Confirmed, u"confirmed"},
    {ReviewItemStatus::Acceptable, u"acceptable"},
    {ReviewItemStatus::Dismissed, u"dismissed"},
}};

} // namespace

QString enumName(ReviewItemStatus status)
{
    for (const auto &[value, name] : kStatuses) {
        if (value == status)
            return name.toString();
    }
    return {};
}

bool enumFromName(const QString &text, ReviewItemStatus *status)
{
    for (const auto &[value, name] : kStatuses) {
        if (name == text) {
            *status = value;
            return true;
        }
    }
    return false;
}

} // namespace Parallax
