// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/selection.h"

namespace Parallax::ConllExport {

// CoNLL BIO (IOB2) of the entity layers: "-DOCSTART- -X- -X- O" and a blank line before each
// article, then one "token TAG" per line (Tokenizer tokens, cut where a span starts or ends
// inside one), a blank line after each sentence (never inside a span). Tags: PERSON→PER, ORG,
// LOC, MISC; with the dates layer also DATE, TIME, DURATION, SET, MONEY, PERCENT. Where spans
// overlap, names win over dates, then the longer span, then the earlier; the others are left
// out and counted in dropped.
QString write(const ExportSelection &selection, int *dropped = nullptr);

// The CoNLL tag of an entity label ("PERSON" → "PER"), or empty for a label it does not carry.
QString tagFor(const QString &label);

} // namespace Parallax::ConllExport
