// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Parallax::Fuzz {

// The parsers a user feeds files to, each behind one entry point that takes raw bytes. The
// libFuzzer targets under fuzz/ and the regression test tst_fuzzregressions call the same entry
// points, so an input that once broke one is replayed in every ordinary test run. An entry
// returns normally for any input; a broken promise of the parser (a documented property of its
// output) aborts, so the fuzzer reports it like a crash.
const QStringList &targets();

// Runs the named target on the bytes; false for an unknown name.
bool run(const QString &target, const QByteArray &bytes);

} // namespace Parallax::Fuzz
