// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the comparison's synonym table from WordNet (Debian wordnet-base) at build time.
// Output, sorted by stem (bytes of UTF-8), one line per stem:
//     stem<TAB>synsets<TAB>heads
// synsets: numbers of the synsets whose lemmas have this Snowball stem; heads: for adjectives in
// a satellite synset, the head synsets they are "similar to" ("pivotal" -> "crucial"). Two words
// are synonyms when they share a synset, or one's synset is the other's head; two satellites of
// the same head are not (they are two steps apart). The runtime looks stems up by binary search
// over the sorted lines, so loading costs no parsing.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <libstemmer.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>

using namespace Qt::StringLiterals;

namespace {

void warn(const QString &message)
{
    std::fprintf(stderr, "gensynonyms: %s\n", qPrintable(message));
}

// Function words that WordNet also lists as nouns ("a" the vitamin, "in" the inch, "it", "us"):
// never synonyms of anything in a news text.
const QSet<QString> &skipped()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const QString list = u"a an the in on at by of to for from with as is be are was were am "
                             "it its us we he she they i me my our you your his her their them "
                             "do does did done have has had not no nor or and but if so up out "
                             "one two three four five six seven eight nine ten eleven twelve "
                             "hundred thousand million billion"_s;
        for (const QString &w : list.split(u' '))
            set.insert(w);
        return set;
    }();
    return words;
}

struct Table
{
    std::map<std::string, std::pair<std::set<int>, std::set<int>>> stems; // stem -> (own, heads)
    QHash<QString, int> synsetNumbers; // "a:00655779" -> number
    sb_stemmer *stemmer = nullptr;

    int number(const QString &key)
    {
        auto it = synsetNumbers.constFind(key);
        if (it != synsetNumbers.constEnd())
            return it.value();
        const int n = int(synsetNumbers.size());
        synsetNumbers.insert(key, n);
        return n;
    }

    std::string stem(const QString &word) const
    {
        const QByteArray utf8 = word.toUtf8();
        const sb_symbol *s = sb_stemmer_stem(
            stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        return std::string(reinterpret_cast<const char *>(s), size_t(sb_stemmer_length(stemmer)));
    }
};

// "deciding(a)" -> "deciding"; multi-word lemmas ("all_important") and proper names are left out:
// the comparison pairs single changed words.
QString lemma(QString word)
{
    const qsizetype paren = word.indexOf(u'(');
    if (paren > 0)
        word.truncate(paren);
    if (word.contains(u'_') || word.isEmpty() || !word.at(0).isLower() || word.size() < 3)
        return {};
    for (QChar c : std::as_const(word)) {
        if (!c.isLetter() && c != u'-')
            return {};
    }
    return skipped().contains(word) ? QString() : word;
}

bool readData(const QString &path, QChar pos, Table *table)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(u"cannot read %1"_s.arg(path));
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (line.startsWith(u' '))
            continue; // the licence header
        const QStringList f = line.split(u' ');
        if (f.size() < 6)
            continue;
        const QChar type = f.at(2).at(0); // n v a s r
        const int words = f.at(3).toInt(nullptr, 16);
        QStringList lemmas;
        for (int w = 0; w < words && 4 + 2 * w < f.size(); ++w) {
            const QString l = lemma(f.at(4 + 2 * w));
            if (!l.isEmpty())
                lemmas.append(l);
        }
        if (lemmas.isEmpty())
            continue;
        const int own = table->number(QString(pos) + u':' + f.at(0));
        // Satellites name their head with "&" (similar to).
        QList<int> heads;
        if (type == u's') {
            const int pointerCountAt = 4 + 2 * words;
            const int pointers = pointerCountAt < f.size() ? f.at(pointerCountAt).toInt() : 0;
            for (int p = 0; p < pointers; ++p) {
                const int at = pointerCountAt + 1 + 4 * p;
                if (at + 2 < f.size() && f.at(at) == u"&"_s)
                    heads.append(table->number(QString(pos) + u':' + f.at(at + 1)));
            }
        }
        // A synset of one lemma matters only through its head.
        if (lemmas.size() < 2 && heads.isEmpty())
            continue;
        for (const QString &l : std::as_const(lemmas)) {
            auto &entry = table->stems[table->stem(l)];
            entry.first.insert(own);
            entry.second.insert(heads.cbegin(), heads.cend());
        }
    }
    return true;
}

std::string numbers(const std::set<int> &set)
{
    std::string out;
    for (int n : set) {
        if (!out.empty())
            out += ' ';
        out += std::to_string(n);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        warn(u"usage: gensynonyms OUTPUT"_s);
        return 2;
    }
    const QString dir
        = qEnvironmentVariable("PARALLAX_USR_SHARE", u"/usr/share"_s) + u"/wordnet/"_s;
    Table table;
    table.stemmer = sb_stemmer_new("english", "UTF_8");
    bool ok = true;
    ok &= readData(dir + u"data.adj"_s, u'a', &table);
    ok &= readData(dir + u"data.adv"_s, u'r', &table);
    ok &= readData(dir + u"data.verb"_s, u'v', &table);
    ok &= readData(dir + u"data.noun"_s, u'n', &table);
    sb_stemmer_delete(table.stemmer);
    if (!ok)
        return 1; // a table without WordNet would silently call every synonym "wording"

    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        warn(u"cannot write %1"_s.arg(args.at(1)));
        return 1;
    }
    // A synset no other stem shares makes no pair ("talk" and "talks" have one stem): leave it
    // out, and leave out a stem with nothing left.
    std::map<int, int> ownCount;
    std::set<int> usedAsHead;
    for (const auto &[stem, sets] : table.stems) {
        for (int s : sets.first)
            ++ownCount[s];
        usedAsHead.insert(sets.second.cbegin(), sets.second.cend());
    }
    std::string text;
    for (const auto &[stem, sets] : table.stems) {
        std::set<int> own;
        for (int s : sets.first) {
            if (ownCount[s] > 1 || usedAsHead.contains(s))
                own.insert(s);
        }
        std::set<int> heads;
        for (int h : sets.second) {
            if (ownCount[h] > 0 && !sets.first.contains(h))
                heads.insert(h);
        }
        if (own.empty() && heads.empty())
            continue;
        text += stem + '\t' + numbers(own) + '\t' + numbers(heads) + '\n';
    }
    out.write(text.data(), qint64(text.size()));
    std::fprintf(stderr, "gensynonyms: %zu stems, %zu bytes\n", table.stems.size(), text.size());
    return out.error() == QFile::NoError ? 0 : 1;
}
