// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "brat.h"

#include "import/importer.h"
#include "util/textoffsets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Brat {
namespace {

const QStringList kEntityTypes {u"PERSON"_s, u"ORG"_s, u"LOC"_s, u"MISC"_s, u"DATE"_s, u"TIME"_s,
    u"DURATION"_s, u"SET"_s, u"MONEY"_s, u"PERCENT"_s};

// brat type names are one word.
QString typeName(const QString &name)
{
    QString type;
    for (const QChar c : name)
        type += c.isLetterOrNumber() || c == u'_' || c == u'-' ? c : u'_';
    return type.isEmpty() ? u"Tag"_s : type;
}

class AnnWriter
{
public:
    explicit AnnWriter(const QString &text)
        : m_text(text)
        , m_map(text)
    { }

    // A text-bound annotation; a span over line breaks becomes fragments between them, as brat
    // writes it (its text joins the fragments with a space).
    QString textBound(const QString &type, const TextSpan &span)
    {
        const QString id = u"T%1"_s.arg(++m_t);
        const qsizetype u0 = m_map.toUtf16(span.start);
        const qsizetype u1 = m_map.toUtf16(span.end);
        QStringList ranges;
        QStringList texts;
        qsizetype from = u0;
        for (qsizetype i = u0; i <= u1; ++i) {
            if (i < u1 && m_text.at(i) != u'\n' && m_text.at(i) != u'\r')
                continue;
            if (i > from) {
                ranges.append(u"%1 %2"_s.arg(m_map.toCodePoint(from)).arg(m_map.toCodePoint(i)));
                texts.append(m_text.mid(from, i - from));
            }
            from = i + 1;
        }
        if (ranges.isEmpty()) { // only line breaks: kept whole
            ranges.append(u"%1 %2"_s.arg(span.start).arg(span.end));
            texts.append(QString());
        }
        m_out += id + u'\t' + type + u' ' + ranges.join(u';') + u'\t' + texts.join(u' ') + u'\n';
        return id;
    }

    void attribute(const QString &name, const QString &target, const QString &value)
    {
        m_out += u"A%1\t%2 %3 %4\n"_s.arg(++m_a).arg(name, target, value);
    }
    void relation(const QString &type, const QString &from, const QString &to)
    {
        m_out += u"R%1\t%2 Arg1:%3 Arg2:%4\n"_s.arg(++m_r).arg(type, from, to);
    }
    void reference(const QString &target, const QString &resource, const QString &text)
    {
        m_out += u"N%1\tReference %2 %3\t%4\n"_s.arg(++m_n).arg(target, resource, escapeNote(text));
    }
    void note(const QString &target, const QString &text)
    {
        m_out += u"#%1\tAnnotatorNotes %2\t%3\n"_s.arg(++m_note).arg(target, escapeNote(text));
    }

    // Review state and provenance where they differ from a hand-made, accepted annotation.
    void common(const QString &id, const ExportedAnnotation &e)
    {
        const Annotation &a = e.annotation;
        if (a.status != ReviewStatus::Accepted)
            attribute(u"Status"_s, id, enumName(a.status));
        if (a.origin != Origin::Manual)
            attribute(u"Origin"_s, id, enumName(a.origin));
        if (!e.entityName.isEmpty())
            reference(id, u"Entity:"_s + typeName(e.entityType.isEmpty() ? a.label : e.entityType),
                e.entityName);
        if (a.kind != AnnotationKind::Note && !a.note.isEmpty())
            note(id, a.note);
    }

    void write(const ExportedAnnotation &e)
    {
        const Annotation &a = e.annotation;
        QString id;
        switch (a.kind) {
        case AnnotationKind::Entity:
            id = textBound(typeName(a.label), a.span);
            if (!a.value.isEmpty())
                reference(id, u"Value:"_s + typeName(a.label), a.value);
            break;
        case AnnotationKind::Quote:
            id = textBound(u"Quote"_s, a.span);
            if (!a.label.isEmpty())
                attribute(u"QuoteKind"_s, id, a.label);
            break;
        case AnnotationKind::Tag:
            id = textBound(typeName(e.tagName), a.span);
            reference(id, u"Tag:code-book"_s, e.tagName);
            break;
        case AnnotationKind::Note:
            id = textBound(u"Note"_s, a.span);
            note(id, a.note);
            break;
        case AnnotationKind::Cue:
        case AnnotationKind::Speaker:
            return; // only under their quote
        }
        common(id, e);
        for (const ExportedAnnotation &child : e.children) {
            const bool cue = child.annotation.kind == AnnotationKind::Cue;
            const QString childId = textBound(cue ? u"Cue"_s : u"Speaker"_s, child.annotation.span);
            relation(cue ? u"IntroducedBy"_s : u"SaidBy"_s, id, childId);
            common(childId, child);
        }
    }

    const QString &text() const { return m_out; }

private:
    const QString &m_text;
    CodePointMap m_map;
    QString m_out;
    int m_t = 0;
    int m_a = 0;
    int m_r = 0;
    int m_n = 0;
    int m_note = 0;
};

// --- reading

struct TextBound
{
    QString type;
    IncomingAnnotation in;
    QString tagName; // from a Tag reference
    bool isTag = false;
    bool linked = false; // a quote's cue or speaker, claimed by a relation
};

QString place(const QString &id, int line)
{
    return u"%1 (line %2)"_s.arg(id).arg(line);
}

// Parses "type start end[;start end]..." and the text against the .txt.
void readTextBound(
    QStringView spec, QStringView text, const QString &txt, const CodePointMap &map, TextBound *t)
{
    IncomingAnnotation &in = t->in;
    const qsizetype space = spec.indexOf(u' ');
    t->type = spec.left(space).toString();
    if (space <= 0) {
        in.problem = u"not a brat text-bound annotation (expected 'Type start end')"_s;
        return;
    }
    QStringList pieces;
    qsizetype start = -1;
    qsizetype end = -1;
    for (QStringView range : spec.mid(space + 1).split(u';')) {
        const QList<QStringView> parts = range.trimmed().split(u' ', Qt::SkipEmptyParts);
        bool ok1 = false;
        bool ok2 = false;
        const qsizetype s = parts.size() == 2 ? parts.at(0).toLongLong(&ok1) : -1;
        const qsizetype e = parts.size() == 2 ? parts.at(1).toLongLong(&ok2) : -1;
        if (!ok1 || !ok2 || s < 0 || e < s) {
            in.problem = u"its offsets '%1' are not 'start end' pairs"_s.arg(spec.mid(space + 1));
            return;
        }
        if (e > map.codePointLength()) {
            in.problem
                = u"its offsets %1–%2 lie beyond the end of the .txt (%3 code points)"_s.arg(s)
                      .arg(e)
                      .arg(map.codePointLength());
            return;
        }
        if (end >= 0) {
            // Fragments are a span cut at line breaks; a gap with text in it cannot be held.
            const qsizetype g0 = map.toUtf16(end);
            const qsizetype g1 = map.toUtf16(s);
            if (s < end || !QStringView(txt).mid(g0, g1 - g0).trimmed().isEmpty()) {
                in.problem = u"a discontinuous span, which Parallax cannot hold"_s;
                return;
            }
        }
        if (start < 0)
            start = s;
        end = e;
        pieces.append(txt.mid(map.toUtf16(s), map.toUtf16(e) - map.toUtf16(s)));
    }
    const QString joined = pieces.join(u' ');
    if (joined != text) {
        in.problem = u"its text “%1” is not what the .txt holds at %2–%3 (“%4”)"_s.arg(
            text.toString(), QString::number(start), QString::number(end), joined);
        return;
    }
    in.annotation.span.start = start;
    in.annotation.span.end = end;
    in.annotation.span.exact = txt.mid(map.toUtf16(start), map.toUtf16(end) - map.toUtf16(start));
    in.hasPosition = true;
    in.hasQuote = true;
}

IncomingAnnotation problemLine(const QString &ref, const QString &problem)
{
    IncomingAnnotation in;
    in.ref = ref;
    in.problem = problem;
    return in;
}

} // namespace

QString escapeNote(const QString &note)
{
    QString out;
    out.reserve(note.size());
    for (const QChar c : note) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else
            out += c;
    }
    return out;
}

QString unescapeNote(QStringView note)
{
    QString out;
    out.reserve(note.size());
    for (qsizetype i = 0; i < note.size(); ++i) {
        if (note.at(i) != u'\\' || i + 1 == note.size()) {
            out += note.at(i);
            continue;
        }
        const QChar next = note.at(++i);
        out += next == u'n' ? u'\n' : next == u'r' ? u'\r' : next == u't' ? u'\t' : next;
    }
    return out;
}

QString baseName(const Article &article)
{
    QString slug;
    for (const QChar c : article.title.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            slug += c.toLower();
        else if (c.isSpace() || c == u'-' || c == u'_' || c.isPunct())
            slug += u'-';
    }
    QStringList words = slug.split(u'-', Qt::SkipEmptyParts);
    slug.clear();
    for (const QString &w : std::as_const(words)) {
        if (slug.size() + w.size() > 40)
            break;
        slug += u'-' + w;
    }
    return QString::number(article.id) + slug;
}

QString annotations(const ExportedArticle &article)
{
    AnnWriter writer(article.article.body);
    for (const ExportedAnnotation &e : article.annotations)
        writer.write(e);
    return writer.text();
}

QString configuration(const ExportSelection &selection)
{
    QStringList types = kEntityTypes;
    types += {u"Quote"_s, u"Cue"_s, u"Speaker"_s, u"Note"_s};
    for (const ExportedArticle &article : selection.articles) {
        for (const ExportedAnnotation &e : article.annotations) {
            const QString type = e.annotation.kind == AnnotationKind::Tag ? typeName(e.tagName)
                : e.annotation.kind == AnnotationKind::Entity ? typeName(e.annotation.label)
                                                              : QString();
            if (!type.isEmpty() && !types.contains(type))
                types.append(type);
        }
    }
    return u"# Written by Parallax: the types of the .ann files in this folder.\n"
           "[entities]\n"_s
        + types.join(u'\n')
        + u"\n\n[relations]\n"
          "SaidBy\tArg1:Quote, Arg2:Speaker\n"
          "IntroducedBy\tArg1:Quote, Arg2:Cue\n"
          "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
          "\n[events]\n"
          "\n[attributes]\n"
          "QuoteKind\tArg:Quote, Value:direct|partial|indirect\n"
          "Status\tArg:<ENTITY>, Value:proposed|accepted|rejected\n"
          "Origin\tArg:<ENTITY>, Value:automatic|manual\n"_s;
}

Result<IncomingArticle> read(const QString &annPath)
{
    const QString name = QDir::toNativeSeparators(annPath);
    const QFileInfo info(annPath);
    const QString txtPath = info.dir().filePath(info.completeBaseName() + u".txt"_s);
    QFile ann(annPath);
    if (!ann.open(QIODevice::ReadOnly))
        return Error {u"%1: cannot be read (%2)"_s.arg(name, ann.errorString())};
    QFile txtFile(txtPath);
    if (!txtFile.exists())
        return Error {
            u"%1: its text %2 is not beside it"_s.arg(name, QDir::toNativeSeparators(txtPath))};
    if (!txtFile.open(QIODevice::ReadOnly))
        return Error {u"%1: cannot be read (%2)"_s.arg(
            QDir::toNativeSeparators(txtPath), txtFile.errorString())};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString txt = utf8(txtFile.readAll());
    const QString annText = utf8.decode(ann.readAll());
    if (utf8.hasError())
        return Error {u"%1: brat files are UTF-8, and this one (or its .txt) is not"_s.arg(name)};
    const CodePointMap map(txt);

    IncomingArticle article;
    article.source = QDir::toNativeSeparators(txtPath);
    article.contentHash = Importer::contentHash(txt);

    std::map<QString, TextBound> bounds; // by id
    QStringList order;
    QList<IncomingAnnotation> problems;
    struct Pending
    {
        QString kind; // relation, attribute, reference, note
        QString ref;
        QStringList args;
        QString text;
    };
    QList<Pending> pending;
    int lineNumber = 0;
    for (QStringView line : QStringView(annText).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype tab1 = line.indexOf(u'\t');
        const qsizetype tab2 = tab1 < 0 ? -1 : line.indexOf(u'\t', tab1 + 1);
        const QString id = line.left(tab1).toString();
        const QStringView spec
            = tab1 < 0 ? QStringView() : line.mid(tab1 + 1, tab2 < 0 ? -1 : tab2 - tab1 - 1);
        const QStringView text = tab2 < 0 ? QStringView() : line.mid(tab2 + 1);
        const QString ref = place(id.isEmpty() ? u"?"_s : id, lineNumber);
        if (tab1 <= 0) {
            problems.append(problemLine(u"line %1"_s.arg(lineNumber), u"not brat standoff"_s));
            continue;
        }
        const QChar kind = id.front();
        if (kind == u'T') {
            TextBound t;
            t.in.ref = ref;
            readTextBound(spec, text, txt, map, &t);
            if (bounds.count(id) > 0) {
                problems.append(problemLine(ref, u"a second annotation with this id"_s));
                continue;
            }
            bounds.emplace(id, t);
            order.append(id);
            continue;
        }
        const QStringList args = spec.toString().split(u' ', Qt::SkipEmptyParts);
        if (kind == u'R' || kind == u'A' || kind == u'M' || kind == u'N' || kind == u'#') {
            if (args.size() < 2) {
                problems.append(problemLine(ref, u"not brat standoff"_s));
                continue;
            }
            pending.append(
                Pending {QString(kind == u'M' ? u'A' : kind), ref, args, unescapeNote(text)});
        } else if (kind == u'E') {
            problems.append(problemLine(ref, u"brat events have no Parallax counterpart"_s));
        } else if (kind == u'*') {
            problems.append(problemLine(ref, u"brat equivalences have no Parallax counterpart"_s));
        } else {
            problems.append(problemLine(ref, u"not brat standoff"_s));
        }
    }

    const auto target = [&bounds](const QString &id) -> TextBound * {
        const auto it = bounds.find(id);
        return it == bounds.end() ? nullptr : &it->second;
    };
    // References and attributes first: they decide what a text-bound annotation is.
    for (const Pending &p : std::as_const(pending)) {
        TextBound *t = target(p.kind == u"R"_s ? QString() : p.args.at(1));
        if (p.kind == u"R"_s)
            continue;
        if (!t) {
            problems.append(problemLine(
                p.ref, u"it points at %1, which is not in the file"_s.arg(p.args.at(1))));
            continue;
        }
        Annotation &a = t->in.annotation;
        if (p.kind == u"#"_s) {
            a.note = p.text;
        } else if (p.kind == u"N"_s) {
            const QString resource = p.args.value(2);
            if (resource.startsWith(u"Tag:"_s)) {
                t->isTag = true;
                t->tagName = p.text;
            } else if (resource.startsWith(u"Value:"_s)) {
                a.value = p.text;
            } else if (resource.startsWith(u"Entity:"_s)) {
                t->in.entityName = p.text;
                t->in.entityType = resource.mid(7);
            }
        } else if (p.args.at(0) == "Status"_L1) {
            if (!enumFromName(p.args.value(2), &a.status) && t->in.problem.isEmpty())
                t->in.problem = u"unknown Status '%1'"_s.arg(p.args.value(2));
        } else if (p.args.at(0) == "Origin"_L1) {
            if (!enumFromName(p.args.value(2), &a.origin) && t->in.problem.isEmpty())
                t->in.problem = u"unknown Origin '%1'"_s.arg(p.args.value(2));
        } else if (p.args.at(0) == "QuoteKind"_L1) {
            a.label = p.args.value(2);
        }
    }
    // Kinds.
    for (auto &[id, t] : bounds) {
        Annotation &a = t.in.annotation;
        const QString entity = AnnotationImport::entityLabel(t.type);
        if (t.isTag
            || (entity.isEmpty() && t.type != "Quote"_L1 && t.type != "Cue"_L1
                && t.type != "Speaker"_L1 && t.type != "Note"_L1)) {
            a.kind = AnnotationKind::Tag;
            t.in.tagName = t.isTag ? t.tagName : t.type;
            a.label = t.in.tagName;
        } else if (t.type == "Quote"_L1) {
            a.kind = AnnotationKind::Quote;
        } else if (t.type == "Cue"_L1) {
            a.kind = AnnotationKind::Cue;
        } else if (t.type == "Speaker"_L1) {
            a.kind = AnnotationKind::Speaker;
        } else if (t.type == "Note"_L1) {
            a.kind = AnnotationKind::Note;
            if (a.note.isEmpty() && t.in.problem.isEmpty())
                t.in.problem = u"a Note without AnnotatorNotes"_s;
        } else {
            a.kind = AnnotationKind::Entity;
            a.label = entity;
        }
    }
    // Relations attach a quote's cue and speaker.
    QHash<QString, QStringList> childrenOf;
    for (const Pending &p : std::as_const(pending)) {
        if (p.kind != u"R"_s)
            continue;
        const QString type = p.args.at(0);
        const QString from = p.args.value(1).section(u':', 1);
        const QString to = p.args.value(2).section(u':', 1);
        TextBound *quote = target(from);
        TextBound *child = target(to);
        const AnnotationKind wanted
            = type == "SaidBy"_L1 ? AnnotationKind::Speaker : AnnotationKind::Cue;
        if (type != "SaidBy"_L1 && type != "IntroducedBy"_L1) {
            problems.append(
                problemLine(p.ref, u"relation '%1' has no Parallax counterpart"_s.arg(type)));
        } else if (!quote || !child || quote->in.annotation.kind != AnnotationKind::Quote
            || child->in.annotation.kind != wanted || child->linked) {
            problems.append(problemLine(p.ref,
                u"%1 must join a Quote to its %2, once"_s.arg(
                    type, type == "SaidBy"_L1 ? u"Speaker"_s : u"Cue"_s)));
        } else {
            child->linked = true;
            childrenOf[from].append(to);
        }
    }
    for (const QString &id : std::as_const(order)) {
        TextBound &t = bounds.at(id);
        const AnnotationKind kind = t.in.annotation.kind;
        if (kind == AnnotationKind::Cue || kind == AnnotationKind::Speaker) {
            if (!t.linked)
                problems.append(
                    problemLine(t.in.ref, u"a %1 that no quote points at"_s.arg(t.type)));
            continue;
        }
        for (const QString &childId : childrenOf.value(id))
            t.in.children.append(bounds.at(childId).in);
        article.annotations.append(t.in);
    }
    article.annotations += problems;
    return article;
}

} // namespace Parallax::Brat
