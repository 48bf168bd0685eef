// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export: the dialog runs the export itself, off the GUI thread.
#include "mainwindow.h"

#include "edit/projectsession.h"
#include "export/exportdialog.h"
#include "library/librarymodel.h"
#include "storage/project.h"

namespace Parallax {

void MainWindow::exportDialog()
{
    if (!m_session)
        return;
    ExportDialog dialog(
        project()->path(), m_library->listing(), currentStoryId(), m_articleId, this);
    dialog.setPreparedBy(m_session ? m_session->analyst() : analystName());
    dialog.exec();
}

} // namespace Parallax
