// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/ner/adaptation.h"
#include "annotate/ner/nermodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Ner;

class TestAdaptation : public QObject
{
    Q_OBJECT

private:
    struct Doc
    {
        QString text;
        QList<Token> tokens;
        QList<Sentence> sentences;
    };
    static Doc document(const QString &text)
    {
        Doc d {text, Tokenizer::tokenize(text), {}};
        d.sentences = Tokenizer::splitSentences(text, d.tokens);
        return d;
    }
    // The type of the entity covering the token with this text, or -1 for none.
    static int typeAt(const QList<EntitySpan> &spans, int token)
    {
        for (const EntitySpan &s : spans) {
            if (s.tokenStart <= token && token < s.tokenEnd)
                return int(s.type);
        }
        return -1;
    }
    static int tokenOf(const Doc &d, const QString &word, int nth = 0)
    {
        for (int i = 0; i < d.tokens.size(); ++i) {
            if (d.text.mid(d.tokens[i].start, d.tokens[i].end - d.tokens[i].start) == word
                && nth-- == 0)
                return i;
        }
        return -1;
    }

    NerModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        auto model = NerModel::load(NerModel::defaultPath());
        QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error()));
        m_model = std::move(model).value();
    }

    void keptSpansAllowOnlyTheirLabels()
    {
        const auto masks = constraintMasks(
            {{1, 3, EntityType::Organisation, false}, {4, 5, EntityType::Person, true}}, 6);
        QCOMPARE(masks.size(), size_t(6));
        QCOMPARE(masks[0], kAllLabels);
        QCOMPARE(masks[1], 1u << label(EntityType::Organisation, Begin));
        QCOMPARE(masks[2], 1u << label(EntityType::Organisation, Last));
        QCOMPARE(masks[4], kAllLabels & ~(1u << label(EntityType::Person, Unit)));
    }

    void keptSpanWinsOverRejectedOne()
    {
        const auto masks = constraintMasks(
            {{2, 3, EntityType::Location, true}, {2, 3, EntityType::Location, false}}, 4);
        QCOMPARE(masks[2], 1u << label(EntityType::Location, Unit));
    }

    void deltaRoundTrips()
    {
        WeightDelta delta(21);
        delta.update(12345, 3, 40);
        delta.update(7, 0, -2);
        auto back = WeightDelta::fromBytes(delta.toBytes());
        QVERIFY(back.ok());
        QVERIFY(back.value() == delta);
        QCOMPARE(back->rowCount(), 2);
        QByteArray cut = delta.toBytes();
        cut.chop(3);
        QVERIFY(!WeightDelta::fromBytes(cut).ok());
        QVERIFY(!WeightDelta::fromBytes("garbage"_ba).ok());
    }

    // A forced label holds in the output, and the forced mention's repeat follows it through
    // the second pass's evidence (propagation within the article).
    void forcedSpanHoldsAndSteersItsRepeat()
    {
        const Doc d = document(u"Talvora signed the deal in the capital. Later, Talvora said it "
                               "was fair."_s);
        const int first = tokenOf(d, u"Talvora"_s);
        const int second = tokenOf(d, u"Talvora"_s, 1);
        QVERIFY(first >= 0 && second > first);
        NerTagger tagger(m_model);
        for (const EntityType type : {EntityType::Person, EntityType::Organisation}) {
            const auto masks
                = constraintMasks({{first, first + 1, type, false}}, int(d.tokens.size()));
            QList<EntitySpan> spans;
            tagger.tag(d.text, d.tokens, d.sentences, &spans, &masks);
            QCOMPARE(typeAt(spans, first), int(type));
            QCOMPARE(typeAt(spans, second), int(type));
        }
    }

    // Learning from a correction changes the next proposals for the same name elsewhere, and
    // only through the delta: the shipped model is left as it was.
    void learningFromCorrectionsChangesLaterProposals()
    {
        const Doc taught = document(u"Officials from Brennock met the minister on Monday."_s);
        const Doc other = document(u"A delegation from Brennock arrived yesterday."_s);
        const int word = tokenOf(taught, u"Brennock"_s);
        const int otherWord = tokenOf(other, u"Brennock"_s);
        NerTagger tagger(m_model);
        QList<EntitySpan> before;
        tagger.tag(other.text, other.tokens, other.sentences, &before);
        const EntityType wanted = typeAt(before, otherWord) == int(EntityType::Organisation)
            ? EntityType::Location
            : EntityType::Organisation;
        const NerModel copy = m_model;
        WeightDelta delta(21);
        const auto masks
            = constraintMasks({{word, word + 1, wanted, false}}, int(taught.tokens.size()));
        int firstWrong = -1;
        for (int pass = 0; pass < 5; ++pass) {
            const int wrong
                = tagger.learn(taught.text, taught.tokens, taught.sentences, masks, &delta, 1.0f);
            if (pass == 0)
                firstWrong = wrong;
        }
        QVERIFY(firstWrong > 0);
        QVERIFY(!delta.isEmpty());
        tagger.setDelta(&delta);
        QList<EntitySpan> after;
        tagger.tag(other.text, other.tokens, other.sentences, &after);
        QCOMPARE(typeAt(after, otherWord), int(wanted));
        QVERIFY(m_model == copy);
        tagger.setDelta(nullptr);
        QList<EntitySpan> plain;
        tagger.tag(other.text, other.tokens, other.sentences, &plain);
        QCOMPARE(plain, before);
    }

    // What a project learns is about its names: a correction moves the features that name the
    // token, not those of its context, so another name in the same context is read as before.
    void learningLeavesOtherNamesInTheSameContextAlone()
    {
        const Doc taught = document(u"Officials from Brennock met the minister on Monday."_s);
        const Doc other = document(u"Officials from Dravolin met the minister on Monday."_s);
        const int word = tokenOf(taught, u"Brennock"_s);
        NerTagger tagger(m_model);
        QList<EntitySpan> before;
        tagger.tag(other.text, other.tokens, other.sentences, &before);
        QList<EntitySpan> taughtBefore;
        tagger.tag(taught.text, taught.tokens, taught.sentences, &taughtBefore);
        const EntityType wanted = typeAt(taughtBefore, word) == int(EntityType::Organisation)
            ? EntityType::Location
            : EntityType::Organisation;
        WeightDelta delta(21);
        const auto masks
            = constraintMasks({{word, word + 1, wanted, false}}, int(taught.tokens.size()));
        for (int pass = 0; pass < 8; ++pass)
            tagger.learn(taught.text, taught.tokens, taught.sentences, masks, &delta, 1.0f);
        tagger.setDelta(&delta);
        QList<EntitySpan> taughtAfter;
        tagger.tag(taught.text, taught.tokens, taught.sentences, &taughtAfter);
        QCOMPARE(typeAt(taughtAfter, word), int(wanted));
        QList<EntitySpan> after;
        tagger.tag(other.text, other.tokens, other.sentences, &after);
        QCOMPARE(after, before);
    }
};

QTEST_APPLESS_MAIN(TestAdaptation)
#include "tst_adaptation.moc"
