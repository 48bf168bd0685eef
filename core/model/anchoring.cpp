// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring.h"

#include "util/textoffsets.h"

#include <algorithm>

namespace Parallax::Anchoring {

TextSpan makeSpan(const QString &text, const CodePointMap &map, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, map.codePointLength());
    end = std::clamp<qsizetype>(end, start, map.codePointLength());
    const qsizetype u0 = map.toUtf16(start);
    const qsizetype u1 = map.toUtf16(end);
    const qsizetype p0 = map.toUtf16(std::max<qsizetype>(0, start - kContextLength));
    const qsizetype s1 = map.toUtf16(end + kContextLength);
    TextSpan span;
    span.start = start;
    span.end = end;
    span.exact = text.mid(u0, u1 - u0);
    span.prefix = text.mid(p0, u0 - p0);
    span.suffix = text.mid(u1, s1 - u1);
    return span;
}

TextSpan makeSpan(const QString &text, qsizetype start, qsizetype end)
{
    return makeSpan(text, CodePointMap(text), start, end);
}

Outcome verify(const QString &text, const CodePointMap &map, const TextSpan &span)
{
    Outcome outcome;
    outcome.span = span;
    const qsizetype u0 = map.toUtf16(span.start);
    const qsizetype u1 = map.toUtf16(span.end);
    if (span.start <= span.end && span.end <= map.codePointLength()
        && QStringView(text).mid(u0, u1 - u0) == span.exact) {
        outcome.state = AnchorState::Ok;
        return outcome;
    }

    if (span.exact.isEmpty()) {
        outcome.state = AnchorState::Orphaned;
        return outcome;
    }

    // Look for quote + context; the context must match in full, as it was stored.
    qsizetype found = -1;
    int matches = 0;
    for (qsizetype at = text.indexOf(span.exact); at >= 0; at = text.indexOf(span.exact, at + 1)) {
        const qsizetype end = at + span.exact.size();
        const bool prefixOk = at >= span.prefix.size()
            && QStringView(text).mid(at - span.prefix.size(), span.prefix.size()) == span.prefix;
        const bool suffixOk = QStringView(text).mid(end, span.suffix.size()) == span.suffix;
        if (prefixOk && suffixOk) {
            found = at;
            if (++matches > 1)
                break;
        }
    }
    if (matches != 1) {
        outcome.state = AnchorState::Orphaned;
        return outcome;
    }
    outcome.state = AnchorState::Reanchored;
    outcome.span.start = map.toCodePoint(found);
    outcome.span.end = map.toCodePoint(found + span.exact.size());
    return outcome;
}

} // namespace Parallax::Anchoring
