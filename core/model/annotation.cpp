// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

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

constexpr std::array<std::pair<AnnotationKind, QStringView>, 6> kKinds {{
    {AnnotationKind::Entity, u"entity"},
    {AnnotationKind::Quote, u"quote"},
    {AnnotationKind::Cue, u"cue"},
    {AnnotationKind::Speaker, u"speaker"},
    {AnnotationKind::Tag, u"tag"},
    {AnnotationKind::Note, u"note"},
}};
constexpr std::array<std::pair<ReviewStatus, QStringView>, 3> kStatuses {{
    {ReviewStatus::Proposed, u"proposed"},
    {ReviewStatus::Accepted, u"accepted"},
    {ReviewStatus::Rejected, u"rejected"},
}};
constexpr std::array<std::pair<Origin, QStringView>, 2> kOrigins {{
    {Origin::Automatic, u"automatic"},
    {Origin::Manual, u"manual"},
}};
constexpr std::array<std::pair<AnchorState, QStringView>, 3> kAnchors {{
    {AnchorState::Ok, u"ok"},
    {AnchorState::Reanchored, u"reanchored"},
    {AnchorState::Orphaned, u"orphaned"},
}};

} // namespace

QString enumName(AnnotationKind kind)
{
    return nameOf(kKinds, kind);
}
QString enumName(ReviewStatus status)
{
    return nameOf(kStatuses, status);
}
QString enumName(Origin origin)
{
    return nameOf(kOrigins, origin);
}
QString enumName(AnchorState state)
{
    return nameOf(kAnchors, state);
}
bool enumFromName(const QString &text, AnnotationKind *kind)
{
    return valueOf(kKinds, text, kind);
}
bool enumFromName(const QString &text, ReviewStatus *status)
{
    return valueOf(kStatuses, text, status);
}
bool enumFromName(const QString &text, Origin *origin)
{
    return valueOf(kOrigins, text, origin);
}
bool enumFromName(const QString &text, AnchorState *state)
{
    return valueOf(kAnchors, text, state);
}

} // namespace Parallax
