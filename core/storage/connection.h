// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace Parallax {

class Backend;
class Project;

// Storage's way to the connection behind a project. Only core/storage's own files and white-box
// tests include this header; scripts/check-layers fails on it, or on any QSqlDatabase or
// QSqlQuery, anywhere else. The rest of the code speaks to a project through the stores and
// Project::transaction().
namespace Storage {

Backend &backend(Project &project);
QSqlDatabase &connection(Project &project);

} // namespace Storage
} // namespace Parallax
