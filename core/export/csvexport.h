// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/selection.h"

#include <QByteArray>
#include <QStringList>

namespace Parallax::CsvExport {

// One row per annotation (a quote with its speaker and cue in their columns), with its
// article's metadata. RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
// line break in double quotes, quotes doubled. UTF-8 with a byte order mark, which Excel needs
// to read the file as UTF-8 and LibreOffice recognises. Offsets are code points.
QStringList header();
QByteArray write(const ExportSelection &selection);

// One field, quoted when RFC 4180 requires it.
QString field(const QString &value);

} // namespace Parallax::CsvExport
