// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <atomic>
#include <functional>

namespace Parallax {

class Project;

struct AnnotationSummary
{
    int articles = 0;
    int proposals = 0; // automatic annotations written
    int kept = 0; // proposals not written again because the analyst already decided on them
    // Proposals not written again because an unreviewed proposal of another author is there
    // (an analyst's run on a server, where only its author or a curator replaces it), or, with
    // keepEdited, one the analyst edited.
    int left = 0;
    bool cancelled = false;
    int corrections = 0; // the decisions the project's entity model had learned from
    // Entities whose name, type or aliases the story settled on but the role may not change
    // (an analyst's on a server): they keep the names they were found under.
    int unsettled = 0;
    QString annotatorVersion; // in the proposals' provenance
};

// Runs the automatic annotators over articles of a project and stores their proposals. Each
// article is one transaction. Re-running replaces only unreviewed automatic proposals: manual
// annotations and the analyst's accept/reject decisions are never touched, and a proposal the
// analyst already accepted or rejected is not proposed again.
class AnnotationJob
{
public:
    explicit AnnotationJob(Project &project);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Keeps the proposals the analyst changed without deciding on them (a note, another
    // extent): the window's re-annotation after a decision must not take them away.
    void setKeepEdited(bool keep) { m_keepEdited = keep; }
    void setProgressCallback(std::function<void(int done, int total)> callback)
    {
        m_onProgress = std::move(callback);
    }

    // storyId 0: every story (and the articles in none); articleId > 0: that article only.
    Result<AnnotationSummary> run(qint64 storyId = 0, qint64 articleId = 0);

private:
    Project &m_project;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_keepEdited = false;
    std::function<void(int, int)> m_onProgress;
};

} // namespace Parallax
