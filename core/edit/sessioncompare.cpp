// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from projectsession.cpp so that only what recompares links the comparison engine.
#include "projectsession.h"

#include "compare/storycomparison.h"
#include "storage/project.h"

using namespace Qt::StringLiterals;

namespace Parallax {

Result<RecomputeSummary> ProjectSession::recompareStory(qint64 storyId)
{
    if (m_project->isReadOnly())
        return Error {u"the project is read-only"_s};
    auto summary = compareStory(*m_project, storyId, sharedComparer());
    if (summary)
        Q_EMIT reviewItemsChanged(storyId);
    return summary;
}

} // namespace Parallax
