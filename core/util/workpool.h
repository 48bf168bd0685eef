// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace Parallax {

// The threads of Parallax's own work off the GUI thread: background reads, learning, the
// window's import, annotation and export, re-anchoring. Not Qt's global pool: Qt's raster
// painting hands parts of its work to the global pool and waits for them, so while a long job
// held every thread of it (counting 7.5 M annotations on both cores of a 2-core machine) the
// window could not paint (docs/performance.md, 2026-12-07). As many threads as cores.
QThreadPool *workPool();

} // namespace Parallax
