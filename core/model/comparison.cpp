// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/comparison.h"

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

constexpr QStringView kAlignmentNames[] = {u"quote", u"sentence"};
constexpr QStringView kDifferenceNames[] = {u"synonym", u"wording", u"omission", u"addition",
    u"number", u"date", u"name", u"negation", u"attribution"};

template<typename Enum, size_t N>
bool fromName(const QString &text, const QStringView (&names)[N], Enum *value)
{
    for (size_t i = 0; i < N; ++i) {
        if (text == names[i]) {
            *value = Enum(i);
            return true;
        }
    }
    return false;
}

} // namespace

QString enumName(AlignmentKind kind)
{
    return kAlignmentNames[size_t(kind)].toString();
}

QString enumName(DifferenceKind kind)
{
    return kDifferenceNames[size_t(kind)].toString();
}

bool enumFromName(const QString &text, AlignmentKind *kind)
{
    return fromName(text, kAlignmentNames, kind);
}

bool enumFromName(const QString &text, DifferenceKind *kind)
{
    return fromName(text, kDifferenceNames, kind);
}

} // namespace Parallax
