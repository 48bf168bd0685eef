// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The names comparison.h declares for its enums, until the comparison engine defines them.
#include "comparison.h"

#include <array>
#include <utility>

namespace Parallax {
namespace {

constexpr std::array<std::pair<AlignmentKind, QStringView>, 2> kAlignmentKinds {{
    {AlignmentKind::Quote, u"quote"},
    {AlignmentKind::Sentence, u"sentence"},
}};
constexpr std::array<std::pair<DifferenceKind, QStringView>, 9> kDifferenceKinds {{
    {DifferenceKind::Synonym, u"synonym"},
    {DifferenceKind::Wording, u"wording"},
    {DifferenceKind::Omission, u"omission"},
    {DifferenceKind::Addition, u"addition"},
    {DifferenceKind::Number, u"number"},
    {DifferenceKind::Date, u"date"},
    {DifferenceKind::Name, u"name"},
    {DifferenceKind::Negation, u"negation"},
    {DifferenceKind::Attribution, u"attribution"},
}};

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, size_t N>
bool valueOf(
    const std::array<std::pair<Enum, QStringView>, N> &table, const QString &text, Enum *out)
{
    for (const auto &[e, name] : table) {
        if (name == text) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace

QString enumName(AlignmentKind kind)
{
    return nameOf(kAlignmentKinds, kind);
}
QString enumName(DifferenceKind kind)
{
    return nameOf(kDifferenceKinds, kind);
}
bool enumFromName(const QString &text, AlignmentKind *kind)
{
    return valueOf(kAlignmentKinds, text, kind);
}
bool enumFromName(const QString &text, DifferenceKind *kind)
{
    return valueOf(kDifferenceKinds, text, kind);
}

} // namespace Parallax
