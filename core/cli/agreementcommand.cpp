// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 'parallax agreement': how far the analysts' layers agree.
#include "command.h"

#include "agreement/agreementreport.h"
#include "cli.h"
#include "jobs/agreementlayers.h"
#include "storage/articlestore.h"
#include "storage/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Parallax::Cli {
namespace {

const QCommandLineOption kStory(u"story"_s, u"Only this story (name or id)."_s, u"S"_s);
const QCommandLineOption kArticle(u"article"_s, u"Only this article (id)."_s, u"A"_s);
const QCommandLineOption kAnalysts(
    u"analysts"_s, u"Only these analysts (default: all with a layer)."_s, u"a,b"_s);
const QCommandLineOption kCurated(
    u"with-curated"_s, u"Compare the curated layer too: each analyst against it."_s);
const QCommandLineOption kKind(
    u"kind"_s, u"Only this kind: entity, quote or tag (default: all three)."_s, u"KIND"_s);

AgreementSelection selection(QCommandLineParser &parser)
{
    AgreementSelection s;
    if (parser.isSet(kArticle)) {
        bool ok = false;
        s.articleId = QString(parser.value(kArticle)).remove(u'#').toLongLong(&ok);
        if (!ok || s.articleId <= 0)
            throw UsageFailure {u"--article takes an article id, as 'parallax list' shows it"_s};
    }
    if (parser.isSet(kAnalysts)) {
        for (const QString &name : parser.value(kAnalysts).split(u',', Qt::SkipEmptyParts)) {
            if (!s.analysts.contains(name.trimmed()))
                s.analysts.append(name.trimmed());
        }
        if (s.analysts.size() < 2)
            throw UsageFailure {u"--analysts takes two analysts or more, separated by commas"_s};
    }
    s.withCurated = parser.isSet(kCurated);
    if (parser.isSet(kKind)) {
        const QString kind = parser.value(kKind);
        if (kind == "entity"_L1)
            s.kind = AnnotationKind::Entity;
        else if (kind == "quote"_L1)
            s.kind = AnnotationKind::Quote;
        else if (kind == "tag"_L1)
            s.kind = AnnotationKind::Tag;
        else
            throw UsageFailure {u"unknown --kind '%1' (use entity, quote or tag)"_s.arg(kind)};
    }
    return s;
}

// The story named or numbered so, 0 when there is none.
qint64 storyId(Project &project, const QString &story)
{
    ArticleStore articles(project);
    bool isNumber = false;
    const qint64 id = story.toLongLong(&isNumber);
    if (!isNumber) {
        auto found = articles.storyId(story, false);
        return found ? found.value() : 0;
    }
    auto stories = articles.stories();
    const bool known = stories
        && std::any_of(
            stories->cbegin(), stories->cend(), [&](const Story &st) { return st.id == id; });
    return known ? id : 0;
}

int cmdAgreement(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = positional(parser, 0, u"PROJECT"_s);
    expectPositionals(parser, 1);
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        return fail(err, project.error());
    AgreementSelection chosen = selection(parser);
    if (parser.isSet(kStory)) {
        chosen.storyId = storyId(*project.value(), parser.value(kStory));
        if (chosen.storyId <= 0)
            return fail(err,
                u"%1: there is no story '%2'"_s.arg(
                    QDir::toNativeSeparators(path), parser.value(kStory)));
    }
    auto report = AgreementLayers::measure(*project.value(), chosen);
    if (!report)
        return fail(err, u"%1: %2"_s.arg(QDir::toNativeSeparators(path), report.error()));
    if (report->analysts.size() < 2)
        return fail(err,
            u"%1: agreement needs the layers of two analysts; found %2"_s.arg(
                QDir::toNativeSeparators(path),
                report->analysts.isEmpty() ? u"none"_s : report->analysts.join(u", "_s)));
    if (jsonWanted(parser))
        printJson(out, Agreement::toJson(report.value()));
    else
        out << Agreement::toText(report.value());
    return Success;
}

} // namespace

QList<Command> agreementCommands()
{
    return {
        Command {u"agreement"_s,
            u"agreement PROJECT [--story S] [--article A] [--analysts a,b] [--kind KIND]"
            " [--with-curated] [--format text|json]"_s,
            u"Measure how far the analysts' annotations agree."_s,
            u"Compares the analysts' own annotations (each analyst's layer: the manual\n"
            "annotations they made, rejected ones left out) on the articles they marked:\n"
            "Krippendorff's unitizing alpha (alpha_u) over code points, Cohen's kappa (two\n"
            "analysts), Krippendorff's alpha (nominal) and percent agreement over tokens, per\n"
            "label and for all, for every pair of analysts and for all together. A figure the\n"
            "data cannot give is shown as '–' (null in JSON) with the reason. --with-curated adds\n"
            "the curated layer as '(curated)', so that each pair with it tells how far that\n"
            "analyst agrees with the curated version. docs/agreement.md explains the measures."_s,
            [](QCommandLineParser &p) {
                p.addOptions({kStory, kArticle, kAnalysts, kKind, kCurated, formatOption()});
            },
            cmdAgreement},
    };
}

} // namespace Parallax::Cli
