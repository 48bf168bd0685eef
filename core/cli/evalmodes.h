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
int evalCompare(QCommandLineParser &parser, QTextStream &out, QTextStream &err); // evalcompare.cpp
const QCommandLineOption &polnearOption(); // --polnear DIR
const QCommandLineOption &speakerModelOption(); // --speaker-model FILE
const QCommandLineOption &rulesOnlyOption(); // --rules-only
int trainSpeakers(QCommandLineParser &parser, QTextStream &out, QTextStream &err); // evalquotes.cpp
const QCommandLineOption &timemlOption(); // --timeml DIR
const QCommandLineOption &goldOption(); // --gold FILE
const QCommandLineOption &dataOption(); // --data DIR
const QCommandLineOption &verboseOption(); // --verbose
const QCommandLineOption &exportOption(); // --export-articles DIR
const QCommandLineOption &baselineOption(); // --baseline
const QCommandLineOption &leaveOneOutOption(); // --leave-one-out
const QCommandLineOption &trainModelOption(); // --train-model FILE
const QCommandLineOption &pairModelOption(); // --pair-model FILE

} // namespace Parallax::Cli
