// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

namespace Parallax::Ner {

void spansToLabels(const QList<EntitySpan> &spans, int offset, int n, quint8 *labels)
{
    std::fill(labels, labels + n, quint8(kOutside));
    for (const EntitySpan &span : spans) {
        const int a = span.tokenStart - offset;
        const int b = span.tokenEnd - offset;
        if (a < 0 || b > n || a >= b)
            continue;
        if (b - a == 1) {
            labels[a] = quint8(label(span.type, Unit));
            continue;
        }
        labels[a] = quint8(label(span.type, Begin));
        for (int i = a + 1; i < b - 1; ++i)
            labels[i] = quint8(label(span.type, Inside));
        labels[b - 1] = quint8(label(span.type, Last));
    }
}

void labelsToSpans(const quint8 *labels, int n, int offset, QList<EntitySpan> *out)
{
    // Decoding is constrained, but be lenient with any sequence: a run starts at B or U, or at
    // an I or L that does not continue a run of its type.
    int start = -1;
    EntityType type = EntityType::Person;
    for (int i = 0; i <= n; ++i) {
        const int l = i < n ? labels[i] : kOutside;
        const bool continues = start >= 0 && l != kOutside && typeOf(l) == type
            && (positionOf(l) == Inside || positionOf(l) == Last);
        if (!continues && start >= 0) {
            out->append(EntitySpan {offset + start, offset + i, type, 1.0f});
            start = -1;
        }
        if (l == kOutside)
            continue;
        if (!continues) {
            start = i;
            type = typeOf(l);
        }
        if (positionOf(l) == Last || positionOf(l) == Unit) {
            out->append(EntitySpan {offset + start, offset + i + 1, type, 1.0f});
            start = -1;
        }
    }
}

} // namespace Parallax::Ner
