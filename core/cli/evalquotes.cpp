// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evalmodes.h"

#include "command.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {

int evalQuotes(QCommandLineParser &, QTextStream &, QTextStream &err)
{
    // Being written: the annotator and its evaluation land together.
    return fail(err, u"eval quotes is not available yet"_s);
}

const QCommandLineOption &polnearOption()
{
    static const QCommandLineOption option(
        u"polnear"_s, u"PolNeAR split folder (with text/ and attributions/)."_s, u"DIR"_s);
    return option;
}

} // namespace Parallax::Cli
