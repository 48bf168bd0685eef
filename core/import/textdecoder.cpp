// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: being replaced by the real implementation.
#include "textdecoder.h"

using namespace Qt::StringLiterals;

namespace Parallax::TextDecoder {

Result<DecodedText> decode(const QByteArray &bytes, const QString &displayName, Hint)
{
    if (bytes.isEmpty())
        return Error {displayName + u": the file is empty"_s};
    QString text = QString::fromUtf8(bytes);
    text.replace(u"\r\n"_s, u"\n"_s);
    return DecodedText {text, u"UTF-8"_s};
}

} // namespace Parallax::TextDecoder
