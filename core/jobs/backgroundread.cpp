// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundread.h"

#include <QCoreApplication>

namespace Parallax {

BackgroundRead::BackgroundRead(QObject *parent)
    : QObject(parent)
{ }

BackgroundRead::~BackgroundRead()
{
    // A read under way finishes on its own connection; its result finds no one and is dropped.
    cancel();
}

void BackgroundRead::waitForIdle()
{
    while (m_running > 0) {
        workPool()->waitForDone(20);
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
}

} // namespace Parallax
