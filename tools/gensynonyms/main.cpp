// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the comparison's synonym table from WordNet (Debian wordnet-base) at build time.
// Output, sorted by stem (bytes of UTF-8), one line per stem:
//     stem<TAB>synsets<TAB>heads<TAB>derived<TAB>hypernyms<TAB>antonyms
// synsets: numbers of the synsets whose lemmas have this Snowball stem; heads: for adjectives in
// a satellite synset, the head synsets they are "similar to" ("pivotal" -> "crucial"). Two words
// are synonyms when they share a synset, or one's synset is the other's head; two satellites of
// the same head are not (they are two steps apart). derived: synsets of derivationally related
// forms ("decide" -> "decision"); hypernyms: up to two steps up; antonyms: of the stem's synsets
// and of their heads ("productive" -> "unproductive"). The runtime looks stems up by binary search
// over the sorted lines, so loading costs no parsing.
//
// With a second OUTPUT, also the irregular forms of verbs and nouns from WordNet's exception
// lists (verb.exc, noun.exc), one "form<TAB>base" per line, sorted: "drank" -> "drink", "told" ->
// "tell", "men" -> "man". Snowball does not see them as the same word. A form that is itself a
// lemma of its part of speech is left out ("found" the verb, "saw" the verb), so no word is taken
// for another.
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

struct Stem
{
    std::set<int> own; // synsets the stem's lemmas belong to
    std::set<int> heads; // for satellites, the heads they are similar to
    std::set<int> derived; // synsets of derivationally related forms
    std::set<int> hypernyms; // one or two steps up
    std::set<int> antonyms; // of its synsets and of their heads
};

struct Table
{
    std::map<std::string, Stem> stems;
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

// One synset as read from a data file, keyed "pos:offset" (satellites are adjectives).
struct Synset
{
    QStringList lemmas;
    QStringList heads; // "&": the head a satellite is similar to
    QStringList hypernyms; // "@", "@i"
    QStringList derived; // "+": derivationally related forms ("negotiate" ~ "negotiation")
    QStringList antonyms; // "!"
};

QString synsetKey(QChar pos, const QString &offset)
{
    return QString(pos == u's' ? u'a' : pos) + u':' + offset;
}

bool readData(const QString &path, QChar pos, QHash<QString, Synset> *synsets)
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
        const int words = f.at(3).toInt(nullptr, 16);
        Synset synset;
        for (int w = 0; w < words && 4 + 2 * w < f.size(); ++w) {
            const QString l = lemma(f.at(4 + 2 * w));
            if (!l.isEmpty())
                synset.lemmas.append(l);
        }
        const int pointerCountAt = 4 + 2 * words;
        const int pointers = pointerCountAt < f.size() ? f.at(pointerCountAt).toInt() : 0;
        for (int p = 0; p < pointers; ++p) {
            const int at = pointerCountAt + 1 + 4 * p;
            if (at + 2 >= f.size())
                break;
            const QString &symbol = f.at(at);
            const QString target = synsetKey(f.at(at + 2).at(0), f.at(at + 1));
            if (symbol == u"&"_s)
                synset.heads.append(target);
            else if (symbol == u"@"_s || symbol == u"@i"_s)
                synset.hypernyms.append(target);
            else if (symbol == u"+"_s)
                synset.derived.append(target);
            else if (symbol == u"!"_s)
                synset.antonyms.append(target);
        }
        synsets->insert(synsetKey(pos, f.at(0)), synset);
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

// The lemmas of one part of speech, from its index file ("index.verb").
QSet<QString> readIndex(const QString &path)
{
    QSet<QString> lemmas;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(u"cannot read %1"_s.arg(path));
        return lemmas;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.startsWith(' '))
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            lemmas.insert(QString::fromUtf8(line.left(space)));
    }
    return lemmas;
}

// Appends the "form base" lines of an exception list whose form is no lemma of the part of
// speech and whose base is one; the first base of a form wins.
bool readExceptions(
    const QString &path, const QSet<QString> &lemmas, std::map<std::string, std::string> *out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(u"cannot read %1"_s.arg(path));
        return false;
    }
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u' ');
        if (f.size() < 2)
            continue;
        const QString &form = f.at(0);
        const QString &base = f.at(1);
        if (form.contains(u'_') || base.contains(u'_') || form == base || lemmas.contains(form)
            || !lemmas.contains(base) || skipped().contains(form))
            continue;
        out->emplace(form.toStdString(), base.toStdString());
    }
    return true;
}

bool writeIrregular(const QString &dir, const QString &path)
{
    std::map<std::string, std::string> forms;
    bool ok = readExceptions(dir + u"verb.exc"_s, readIndex(dir + u"index.verb"_s), &forms);
    ok &= readExceptions(dir + u"noun.exc"_s, readIndex(dir + u"index.noun"_s), &forms);
    if (!ok || forms.empty())
        return false;
    std::string text;
    for (const auto &[form, base] : forms)
        text += form + '\t' + base + '\n';
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        warn(u"cannot write %1"_s.arg(path));
        return false;
    }
    out.write(text.data(), qint64(text.size()));
    std::fprintf(stderr, "gensynonyms: %zu irregular forms\n", forms.size());
    return out.error() == QFile::NoError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 && args.size() != 3) {
        warn(u"usage: gensynonyms OUTPUT [IRREGULAR_OUTPUT]"_s);
        return 2;
    }
    const QString dir
        = qEnvironmentVariable("PARALLAX_USR_SHARE", u"/usr/share"_s) + u"/wordnet/"_s;
    Table table;
    table.stemmer = sb_stemmer_new("english", "UTF_8");
    QHash<QString, Synset> synsets;
    bool ok = true;
    ok &= readData(dir + u"data.adj"_s, u'a', &synsets);
    ok &= readData(dir + u"data.adv"_s, u'r', &synsets);
    ok &= readData(dir + u"data.verb"_s, u'v', &synsets);
    ok &= readData(dir + u"data.noun"_s, u'n', &synsets);
    if (!ok) {
        sb_stemmer_delete(table.stemmer);
        return 1; // a table without WordNet would silently call every synonym "wording"
    }
    // Sorted keys, so that synset numbers and the output do not depend on hashing.
    QStringList keys = synsets.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Synset &synset = synsets.value(key);
        if (synset.lemmas.isEmpty())
            continue;
        const int own = table.number(key);
        std::set<int> heads, derived, hypernyms, antonyms;
        for (const QString &h : synset.heads) {
            heads.insert(table.number(h));
            for (const QString &a : synsets.value(h).antonyms)
                antonyms.insert(table.number(a));
        }
        for (const QString &d : synset.derived)
            derived.insert(table.number(d));
        for (const QString &a : synset.antonyms)
            antonyms.insert(table.number(a));
        // Hypernyms within two steps ("negotiator" -> "representative" -> "person").
        for (const QString &h : synset.hypernyms) {
            hypernyms.insert(table.number(h));
            for (const QString &g : synsets.value(h).hypernyms)
                hypernyms.insert(table.number(g));
        }
        for (const QString &l : synset.lemmas) {
            Stem &entry = table.stems[table.stem(l)];
            entry.own.insert(own);
            entry.heads.insert(heads.cbegin(), heads.cend());
            entry.derived.insert(derived.cbegin(), derived.cend());
            entry.hypernyms.insert(hypernyms.cbegin(), hypernyms.cend());
            entry.antonyms.insert(antonyms.cbegin(), antonyms.cend());
        }
    }
    sb_stemmer_delete(table.stemmer);

    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        warn(u"cannot write %1"_s.arg(args.at(1)));
        return 1;
    }
    // A synset is worth writing only when another stem can meet it: as its own synset, or as
    // the head, derived form, hypernym or antonym it points to. Pointers to synsets that no stem
    // owns are dropped, and so is a stem with nothing left.
    std::map<int, int> ownCount;
    std::set<int> pointedTo;
    for (const auto &[stem, entry] : table.stems) {
        for (int s : entry.own)
            ++ownCount[s];
        for (const std::set<int> *set :
            {&entry.heads, &entry.derived, &entry.hypernyms, &entry.antonyms})
            pointedTo.insert(set->cbegin(), set->cend());
    }
    auto owned = [&](const std::set<int> &set, const std::set<int> &except) {
        std::set<int> kept;
        for (int s : set) {
            if (ownCount[s] > 0 && !except.contains(s))
                kept.insert(s);
        }
        return kept;
    };
    std::string text;
    for (const auto &[stem, entry] : table.stems) {
        std::set<int> own;
        for (int s : entry.own) {
            if (ownCount[s] > 1 || pointedTo.contains(s))
                own.insert(s);
        }
        const std::set<int> heads = owned(entry.heads, entry.own);
        const std::set<int> derived = owned(entry.derived, entry.own);
        const std::set<int> hypernyms = owned(entry.hypernyms, entry.own);
        const std::set<int> antonyms = owned(entry.antonyms, entry.own);
        if (own.empty() && heads.empty() && derived.empty() && hypernyms.empty()
            && antonyms.empty())
            continue;
        text += stem + '\t' + numbers(own) + '\t' + numbers(heads) + '\t' + numbers(derived) + '\t'
            + numbers(hypernyms) + '\t' + numbers(antonyms) + '\n';
    }
    out.write(text.data(), qint64(text.size()));
    std::fprintf(stderr, "gensynonyms: %zu stems, %zu bytes\n", table.stems.size(), text.size());
    if (out.error() != QFile::NoError)
        return 1;
    return args.size() == 3 && !writeIrregular(dir, args.at(2)) ? 1 : 0;
}
