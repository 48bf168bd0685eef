// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/annotationimport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Parallax {

int AnnotationImportReport::refused() const
{
    int count = 0;
    for (const ImportRefusal &r : refusals)
        count += r.count;
    return count;
}

namespace AnnotationImport {

QString entityLabel(const QString &typeName)
{
    static const QHash<QString, QString> labels {{u"PERSON"_s, u"PERSON"_s},
        {u"PER"_s, u"PERSON"_s}, {u"ORG"_s, u"ORG"_s}, {u"ORGANIZATION"_s, u"ORG"_s},
        {u"ORGANISATION"_s, u"ORG"_s}, {u"LOC"_s, u"LOC"_s}, {u"LOCATION"_s, u"LOC"_s},
        {u"GPE"_s, u"LOC"_s}, {u"MISC"_s, u"MISC"_s}, {u"DATE"_s, u"DATE"_s},
        {u"TIME"_s, u"TIME"_s}, {u"DURATION"_s, u"DURATION"_s}, {u"SET"_s, u"SET"_s},
        {u"MONEY"_s, u"MONEY"_s}, {u"PERCENT"_s, u"PERCENT"_s}};
    return labels.value(typeName.toUpper());
}

QStringList expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(path, {u"*.jsonld"_s, u"*.json"_s, u"*.ann"_s}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        files += found;
    }
    return files;
}

} // namespace AnnotationImport
} // namespace Parallax
