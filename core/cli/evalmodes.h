// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace Parallax::Cli {

// Evaluation modes of 'parallax eval', one file each.
int evalQuotes(QCommandLineParser &parser, QTextStream &out, QTextStream &err); // evalquotes.cpp
int evalDates(QCommandLineParser &parser, QTextStream &out, QTextStream &err); // evaldates.cpp
const QCommandLineOption &polnearOption(); // --polnear DIR
const QCommandLineOption &timemlOption(); // --timeml DIR

} // namespace Parallax::Cli
