// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/languagedetector.h"

#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace {

// Invented reports about fictional places, one per language.
const QString english = u"The city council of Marrowfield voted on Thursday to close the old "
                        u"ferry terminal by the end of next year. Officials said the building had "
                        u"become too expensive to repair after two winters of storm damage. "
                        u"Several shop owners near the harbour warned that the decision would "
                        u"cost them most of their summer customers."_s;

const QString german = u"Der Stadtrat von Lindenhall hat am Donnerstag beschlossen, das alte "
                       u"Fährterminal bis zum Ende des nächsten Jahres zu schließen. Nach Angaben "
                       u"der Verwaltung ist die Reparatur des Gebäudes nach zwei stürmischen "
                       u"Wintern zu teuer geworden. Mehrere Ladenbesitzer am Hafen warnten, dass "
                       u"sie dadurch den größten Teil ihrer Sommerkundschaft verlieren würden."_s;

const QString french = u"Le conseil municipal de Valcourt a voté jeudi la fermeture de l'ancien "
                       u"terminal des ferries d'ici la fin de l'année prochaine. Selon les "
                       u"responsables, le bâtiment est devenu trop coûteux à réparer après deux "
                       u"hivers de tempêtes. Plusieurs commerçants du port craignent de perdre la "
                       u"plupart de leurs clients estivaux."_s;

const QString spanish = u"El ayuntamiento de Puerto Almendra votó el jueves cerrar la antigua "
                        u"terminal de transbordadores antes de que termine el próximo año. Según "
                        u"los responsables, el edificio se ha vuelto demasiado caro de reparar "
                        u"después de dos inviernos de temporales. Varios comerciantes del puerto "
                        u"advirtieron que la decisión les costará la mayoría de sus clientes de "
                        u"verano."_s;

const QString russian = u"Городской совет Северогорска в четверг проголосовал за закрытие "
                        u"старого паромного терминала до конца следующего года. По словам "
                        u"чиновников, ремонт здания стал слишком дорогим после двух штормовых "
                        u"зим. Несколько владельцев магазинов у гавани предупредили, что это "
                        u"решение лишит их большей части летних покупателей."_s;

} // namespace

class TestLanguageDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstCallAndLongText(); // first, so that it sees the one-time initialisation
    void paragraphs_data();
    void paragraphs();
    void tooShort_data();
    void tooShort();
    void onlyTheStartIsRead();
    void concurrentCalls();
};

// The first call loads the fingerprints; a long text is classified from its start. How long either
// takes is measured by bench/bench_import, not asserted here.
void TestLanguageDetector::firstCallAndLongText()
{
    QCOMPARE(LanguageDetector::detect(english), u"en"_s);

    QString long4k;
    while (long4k.size() < 4096)
        long4k += german + u' ';
    long4k.truncate(4096);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(LanguageDetector::detect(long4k), u"de"_s);
}

void TestLanguageDetector::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << english << u"en"_s;
    QTest::newRow("German") << german << u"de"_s;
    QTest::newRow("French") << french << u"fr"_s;
    QTest::newRow("Spanish") << spanish << u"es"_s;
    QTest::newRow("Russian") << russian << u"ru"_s;
}

void TestLanguageDetector::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(LanguageDetector::detect(text), language);
}

void TestLanguageDetector::tooShort_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("three words") << u"Der Hund bellt"_s;
    QTest::newRow("short headline") << u"Ferry terminal to close"_s;
    QTest::newRow("numbers") << u"2026-03-14 12:00 1234567890 1234567890 1234567890 1234567890"_s;
}

void TestLanguageDetector::tooShort()
{
    QFETCH(QString, text);
    QCOMPARE(LanguageDetector::detect(text), QString());
}

void TestLanguageDetector::onlyTheStartIsRead()
{
    // A long English article with a Russian appendix far beyond the first few kilobytes.
    QString text;
    while (text.size() < 20'000)
        text += english + u"\n\n"_s;
    text += russian.repeated(50);
    QCOMPARE(LanguageDetector::detect(text), u"en"_s);
}

void TestLanguageDetector::concurrentCalls()
{
    QList<QString> texts;
    for (int i = 0; i < 50; ++i)
        texts << english << german << french << spanish << russian;
    const QList<QString> languages = QtConcurrent::blockingMapped(texts, LanguageDetector::detect);
    for (qsizetype i = 0; i < languages.size(); i += 5) {
        QCOMPARE(languages.at(i), u"en"_s);
        QCOMPARE(languages.at(i + 1), u"de"_s);
        QCOMPARE(languages.at(i + 2), u"fr"_s);
        QCOMPARE(languages.at(i + 3), u"es"_s);
        QCOMPARE(languages.at(i + 4), u"ru"_s);
    }
}

QTEST_APPLESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
