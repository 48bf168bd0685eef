// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagedetector.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <textcat.h>

#include <algorithm>

namespace Parallax::LanguageDetector {
namespace {

Q_LOGGING_CATEGORY(lcImport, "parallax.import")

// textcat says "a few hundred bytes will suffice"; 1 KB covers a lead paragraph. Detection was
// 70% of import time with 4 KB (callgrind, bench_import); its cost grows with the sample.
constexpr qsizetype MaxInputBytes = 1024;
// Below this n-gram statistics are noise: "Der Hund bellt" is classified, but not reliably.
constexpr int MinLetters = 40;
// textcat lists every fingerprint within 3% of the best score; more than this means a tie
// between related languages (say Spanish, Galician and Asturian), which we do not guess at.
constexpr int MaxCandidates = 2;

// All fingerprints from the distribution's fpdb.conf are loaded, not a hand-picked subset:
// loading all ~160 takes 15–30 ms once per process, and a subset would make text in a dropped
// language (Galician, Luxembourgish) come out as its neighbour (Spanish, German) with no doubt.
class Classifier
{
public:
    Classifier()
    {
        QByteArray dir = PARALLAX_EXTTEXTCAT_DIR;
        if (!dir.endsWith('/'))
            dir += '/';
        const QByteArray conf = dir + "fpdb.conf";
        if (!QFileInfo::exists(QString::fromLocal8Bit(conf))) {
            qCWarning(lcImport) << "Language detection is off: libexttextcat data not found at"
                                << conf;
            return;
        }
        QElapsedTimer timer;
        timer.start();
        m_handle = special_textcat_Init(conf.constData(), dir.constData());
        if (!m_handle) {
            qCWarning(lcImport) << "Language detection is off: could not load the fingerprints"
                                << "listed in" << conf;
            return;
        }
        qCDebug(lcImport) << "Loaded language fingerprints in" << timer.elapsed() << "ms";
    }

    ~Classifier()
    {
        if (m_handle)
            textcat_Done(m_handle);
    }

    Classifier(const Classifier &) = delete;
    Classifier &operator=(const Classifier &) = delete;

    bool isValid() const { return m_handle != nullptr; }

    // The handle keeps its scratch state between calls, hence the lock.
    QByteArray classify(const QByteArray &utf8)
    {
        const QMutexLocker locker(&m_mutex);
        return QByteArray(textcat_Classify(m_handle, utf8.constData(), size_t(utf8.size())));
    }

private:
    void *m_handle = nullptr;
    QMutex m_mutex;
};

Classifier &classifier()
{
    static Classifier instance;
    return instance;
}

bool hasEnoughLetters(const QString &text)
{
    int letters = 0;
    for (const QChar c : text) {
        if (c.isLetter() && ++letters >= MinLetters)
            return true;
    }
    return false;
}

QByteArray leadingUtf8(const QString &text)
{
    QByteArray utf8 = QStringView(text).first(std::min(text.size(), MaxInputBytes)).toUtf8();
    if (utf8.size() > MaxInputBytes) {
        // Back up to a lead byte so that no character is cut in half.
        qsizetype cut = MaxInputBytes;
        while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut;
        utf8.truncate(cut);
    }
    return utf8;
}

} // namespace

QString detect(const QString &text)
{
    if (!hasEnoughLetters(text))
        return {};
    Classifier &instance = classifier();
    if (!instance.isValid())
        return {};

    // The answer looks like "[en--utf8][sco--utf8]", best first, or "SHORT" / "UNKNOWN".
    const QByteArray answer = instance.classify(leadingUtf8(text));
    if (!answer.startsWith('['))
        return {};
    if (answer.count('[') > MaxCandidates)
        return {};
    const QByteArray best = answer.mid(1, answer.indexOf(']') - 1);
    const qsizetype dash = best.indexOf('-');
    return QString::fromLatin1(dash < 0 ? best : best.left(dash)).toLower();
}

} // namespace Parallax::LanguageDetector
