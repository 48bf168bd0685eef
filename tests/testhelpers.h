// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "util/textoffsets.h"

#include <QTest>

// Printable forms for QCOMPARE failures.
namespace Parallax {
inline char *toString(AnchorState state)
{
    return qstrdup(Parallax::enumName(state).toUtf8().constData());
}
inline char *toString(const TextSpan &span)
{
    return qstrdup(QStringLiteral("[%1,%2) \"%3\"")
                       .arg(span.start)
                       .arg(span.end)
                       .arg(span.exact)
                       .toUtf8()
                       .constData());
}
} // namespace Parallax
