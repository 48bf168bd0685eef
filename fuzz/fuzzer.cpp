// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target: PARALLAX_FUZZ_TARGET names the entry point in entrypoints.cpp.
#include "entrypoints.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL loads its SQLite driver as a plugin, which needs an application object.
    static QCoreApplication app(*argc, *argv);
    if (!Parallax::Fuzz::targets().contains(QStringLiteral(PARALLAX_FUZZ_TARGET)))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString target = QStringLiteral(PARALLAX_FUZZ_TARGET);
    Parallax::Fuzz::run(
        target, QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
