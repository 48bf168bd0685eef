// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Parallax::CsvExport {
namespace {

QString time(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace

QStringList header()
{
    return {u"article_id"_s, u"title"_s, u"outlet"_s, u"published"_s, u"url"_s, u"annotation_id"_s,
        u"kind"_s, u"label"_s, u"entity"_s, u"tag"_s, u"start"_s, u"end"_s, u"text"_s, u"prefix"_s,
        u"suffix"_s, u"value"_s, u"speaker"_s, u"cue"_s, u"status"_s, u"origin"_s, u"annotator"_s,
        u"analyst"_s, u"confidence"_s, u"note"_s, u"created"_s, u"modified"_s};
}

QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray write(const ExportSelection &selection)
{
    QString out = row(header());
    for (const ExportedArticle &article : selection.articles) {
        const Article &ar = article.article;
        for (const ExportedAnnotation &e : article.annotations) {
            const Annotation &a = e.annotation;
            // A quote's speaker: the entity it is attributed to, else the words naming it.
            QString speaker = a.kind == AnnotationKind::Quote ? e.entityName : QString();
            QString cue;
            for (const ExportedAnnotation &child : e.children) {
                if (child.annotation.kind == AnnotationKind::Cue)
                    cue = child.annotation.span.exact;
                else if (speaker.isEmpty())
                    speaker = child.entityName.isEmpty() ? child.annotation.span.exact
                                                         : child.entityName;
            }
            const QString entity = a.kind == AnnotationKind::Quote ? QString() : e.entityName;
            out += row({QString::number(ar.id), ar.title, ar.outlet, ar.published, ar.url,
                QString::number(a.id), enumName(a.kind), a.label, entity, e.tagName,
                QString::number(a.span.start), QString::number(a.span.end), a.span.exact,
                a.span.prefix, a.span.suffix, a.value, speaker, cue, enumName(a.status),
                enumName(a.origin), a.annotator, a.analyst,
                QString::number(a.confidence, 'g', QLocale::FloatingPointShortest), a.note,
                time(a.created), time(a.modified)});
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Parallax::CsvExport
