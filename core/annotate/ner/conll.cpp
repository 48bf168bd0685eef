// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conll.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::Ner {
namespace {

int typeFromTag(QStringView tag)
{
    if (tag == u"PER")
        return int(EntityType::Person);
    if (tag == u"ORG")
        return int(EntityType::Organisation);
    if (tag == u"LOC")
        return int(EntityType::Location);
    if (tag == u"MISC")
        return int(EntityType::Misc);
    return -1;
}

// A clitic the corpus splits off its word: "'s", "'re", "n't".
bool isClitic(QStringView word)
{
    if (word.compare(u"n't", Qt::CaseInsensitive) == 0)
        return true;
    if (word.size() < 2 || word.size() > 3 || word[0] != u'\'')
        return false;
    const QStringView rest = word.mid(1);
    for (const QStringView clitic : {u"s", u"re", u"ve", u"ll", u"d", u"m"}) {
        if (rest.compare(clitic, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

class Builder
{
public:
    explicit Builder(QList<LabelledDocument> *out)
        : m_out(out)
    { }

    void startDocument()
    {
        endSentence();
        if (m_open && !m_doc.tokens.isEmpty())
            m_out->append(std::move(m_doc));
        m_doc = LabelledDocument();
        m_open = true;
    }

    void addToken(QStringView word, QStringView tag)
    {
        if (!m_open)
            startDocument();
        if (m_sentenceStart < 0) {
            if (!m_doc.text.isEmpty())
                m_doc.text += u'\n';
            m_sentenceStart = qint32(m_doc.tokens.size());
        } else if (!(isClitic(word) && m_doc.tokens.constLast().kind == TokenKind::Word)) {
            m_doc.text += u' '; // "Osmark's", as it is written, not "Osmark 's"
        }
        const qint32 start = qint32(m_doc.text.size());
        m_doc.text += word;
        const bool number = !word.isEmpty() && word[0].isDigit();
        const bool letter
            = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); });
        m_doc.tokens.append(Token {start, qint32(m_doc.text.size()),
            number       ? TokenKind::Number
                : letter ? TokenKind::Word
                         : TokenKind::Punctuation});

        // IOB1 and IOB2: B- always begins an entity, I- begins one unless it continues the
        // previous token's entity of the same type.
        const qint32 index = qint32(m_doc.tokens.size()) - 1;
        const int type = tag.size() > 2 ? typeFromTag(tag.mid(2)) : -1;
        const bool begins = tag.startsWith(u"B-") || type != m_openType;
        if (m_openType >= 0 && (type < 0 || begins))
            closeEntity(index);
        if (type >= 0 && (begins || m_openType < 0)) {
            m_openType = type;
            m_entityStart = index;
        }
    }

    void endSentence()
    {
        if (m_sentenceStart < 0)
            return;
        const qint32 end = qint32(m_doc.tokens.size());
        closeEntity(end);
        m_doc.sentences.append(Sentence {m_sentenceStart, end});
        m_sentenceStart = -1;
    }

    void finish()
    {
        endSentence();
        if (m_open && !m_doc.tokens.isEmpty())
            m_out->append(std::move(m_doc));
    }

private:
    void closeEntity(qint32 end)
    {
        if (m_openType >= 0)
            m_doc.entities.append(EntitySpan {m_entityStart, end, EntityType(m_openType), 1.0f});
        m_openType = -1;
    }

    QList<LabelledDocument> *m_out;
    LabelledDocument m_doc;
    bool m_open = false;
    qint32 m_sentenceStart = -1;
    int m_openType = -1;
    qint32 m_entityStart = 0;
};

} // namespace

Result<QList<LabelledDocument>> readConll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"Cannot read %1: %2"_s.arg(path, file.errorString())};
    const QString all = QString::fromUtf8(file.readAll());
    QList<LabelledDocument> documents;
    Builder builder(&documents);
    int lineNumber = 0;
    for (QStringView line : QStringView(all).split(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (line.isEmpty()) {
            builder.endSentence();
            continue;
        }
        if (line.startsWith(u"-DOCSTART-")) {
            builder.startDocument();
            continue;
        }
        const qsizetype firstSpace = line.indexOf(u' ');
        const qsizetype lastSpace = line.lastIndexOf(u' ');
        if (firstSpace <= 0)
            return Error {u"%1:%2: expected 'token ... tag'"_s.arg(path).arg(lineNumber)};
        const QStringView tag = line.mid(lastSpace + 1);
        if (tag != u"O" && typeFromTag(tag.mid(2)) < 0)
            return Error {u"%1:%2: unknown tag '%3'"_s.arg(path).arg(lineNumber).arg(tag)};
        builder.addToken(line.left(firstSpace), tag);
    }
    builder.finish();
    if (documents.isEmpty())
        return Error {u"%1 has no sentences"_s.arg(path)};
    return documents;
}

QString typeTag(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return u"PER"_s;
    case EntityType::Organisation:
        return u"ORG"_s;
    case EntityType::Location:
        return u"LOC"_s;
    case EntityType::Misc:
        return u"MISC"_s;
    }
    return {};
}

void Scores::add(const QList<EntitySpan> &gold, const QList<EntitySpan> &predicted)
{
    for (const EntitySpan &g : gold) {
        ++types[int(g.type)].gold;
        ++overall.gold;
    }
    for (const EntitySpan &p : predicted) {
        ++types[int(p.type)].predicted;
        ++overall.predicted;
        if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
            ++types[int(p.type)].correct;
            ++overall.correct;
        }
    }
}

} // namespace Parallax::Ner
