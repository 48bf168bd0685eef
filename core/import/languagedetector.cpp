// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: being replaced by the real implementation.
#include "languagedetector.h"

namespace Parallax::LanguageDetector {

QString detect(const QString &)
{
    return {};
}

} // namespace Parallax::LanguageDetector
