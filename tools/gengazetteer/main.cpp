// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the entity gazetteer from Debian data packages at build time, so the lists are never
// typed in by hand and follow the packages' updates. Output: one "category<TAB>entry" per line.
// A missing source is reported and skipped: the shipped model carries its own copy of the lists.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <zlib.h>

#include <cstdio>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Entries = std::set<std::pair<QString, QString>>; // (category, entry)

void warn(const QString &message)
{
    std::fprintf(stderr, "gengazetteer: %s\n", qPrintable(message));
}

QByteArray readFile(const QString &path)
{
    if (path.endsWith(u".gz"_s)) {
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
        if (!gz) {
            warn(u"cannot read %1 (skipped)"_s.arg(path));
            return {};
        }
        QByteArray data;
        char buffer[65536];
        int n = 0;
        while ((n = gzread(gz, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        gzclose(gz);
        return data;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(u"cannot read %1 (skipped)"_s.arg(path));
        return {};
    }
    return file.readAll();
}

QStringList lines(const QString &path)
{
    return QString::fromUtf8(readFile(path)).split(u'\n', Qt::SkipEmptyParts);
}

void add(Entries *out, const QString &category, QString entry)
{
    entry = entry.simplified();
    if (entry.size() >= 2 && entry.size() <= 60)
        out->emplace(category, entry);
}

// "Korea, Republic of" -> "Republic of Korea"; "Bolivia, Plurinational State of" -> both parts.
void addName(Entries *out, const QString &category, const QString &name)
{
    const qsizetype comma = name.indexOf(u", "_s);
    if (comma < 0) {
        add(out, category, name);
        return;
    }
    const QString head = name.left(comma);
    const QString tail = name.mid(comma + 2);
    add(out, category, head);
    add(out, category, tail + u' ' + head);
}

void isoCodes(const QString &dir, Entries *out)
{
    auto array = [&](const QString &file, const QString &key) {
        return QJsonDocument::fromJson(readFile(dir + u'/' + file)).object().value(key).toArray();
    };
    for (const QJsonValue &v : array(u"iso_3166-1.json"_s, u"3166-1"_s)) {
        const QJsonObject o = v.toObject();
        for (const QString &field : {u"name"_s, u"common_name"_s, u"official_name"_s}) {
            if (o.contains(field))
                addName(out, u"country"_s, o.value(field).toString());
        }
    }
    for (const QJsonValue &v : array(u"iso_3166-3.json"_s, u"3166-3"_s))
        addName(out, u"country"_s, v.toObject().value(u"name"_s).toString());
    for (const QJsonValue &v : array(u"iso_3166-2.json"_s, u"3166-2"_s)) {
        QString name = v.toObject().value(u"name"_s).toString();
        name.remove(QRegularExpression(u"\\s*\\[.*\\]|\\s*\\(.*\\)"_s));
        addName(out, u"region"_s, name);
    }
    for (const QJsonValue &v : array(u"iso_4217.json"_s, u"4217"_s))
        add(out, u"currency"_s, v.toObject().value(u"name"_s).toString());
    for (const QJsonValue &v : array(u"iso_639-2.json"_s, u"639-2"_s)) {
        const QString name = v.toObject().value(u"name"_s).toString();
        for (const QString &part : name.split(u"; "_s))
            addName(out, u"language"_s, part);
    }
}

void timeZones(const QString &path, Entries *out)
{
    for (const QString &line : lines(path)) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3)
            continue;
        const QString city = fields.at(2).section(u'/', -1).replace(u'_', u' ');
        add(out, u"city"_s, city);
    }
}

void miscFiles(const QString &dir, Entries *out)
{
    for (const QString &line : lines(dir + u"/misc/cities.dat.gz"_s)) {
        if (line.startsWith(u"Name"_s))
            add(out, u"city"_s, line.section(u':', 1));
    }
    for (const QString &line : lines(dir + u"/misc/airport.gz"_s)) {
        const QStringList fields = line.split(u':');
        if (line.startsWith(u'#') || fields.size() < 5)
            continue;
        for (const QString &city : fields.at(4).split(u'/'))
            add(out, u"city"_s, city);
    }
    for (const QString &line : lines(dir + u"/misc/countries.gz"_s)) {
        const QStringList fields = line.split(u':');
        if (line.startsWith(u'#') || fields.size() < 5)
            continue;
        addName(out, u"country"_s, fields.at(3));
        add(out, u"city"_s, fields.at(4));
    }
    for (const QString &line : lines(dir + u"/misc/languages.gz"_s)) {
        if (!line.startsWith(u'#'))
            add(out, u"language"_s, line.section(u':', 1));
    }
    for (const QString &line : lines(dir + u"/dict/propernames.gz"_s))
        add(out, u"firstname"_s, line);
}

// WordNet noun instances (instance hypernym "@i") by lexicographer file: people, places,
// groups (organisations) and other named things (events, works). Capitalised class nouns of
// noun.person ("American", "Republican") and capitalised adjectives ("French") name groups of
// people, which CoNLL calls MISC.
void wordNet(const QString &dir, Entries *out)
{
    auto lemma = [](QString word) {
        word.remove(QRegularExpression(u"\\((a|p|ip)\\)$"_s));
        return word.replace(u'_', u' ');
    };
    for (const QString &line : lines(dir + u"/data.noun"_s)) {
        if (line.startsWith(u' '))
            continue;
        const QStringList f = line.split(u' ');
        if (f.size() < 6)
            continue;
        const int lexFile = f.at(1).toInt();
        const int words = f.at(3).toInt(nullptr, 16);
        const bool instance = line.contains(u" @i "_s);
        QString category;
        if (instance) {
            category = lexFile == 18 ? u"wn_person"_s
                : lexFile == 15      ? u"wn_location"_s
                : lexFile == 14      ? u"wn_group"_s
                                     : u"wn_other"_s;
        } else if (lexFile == 18) {
            category = u"wn_people"_s;
        } else {
            continue;
        }
        for (int w = 0; w < words && 4 + 2 * w < f.size(); ++w) {
            const QString word = lemma(f.at(4 + 2 * w));
            if (!word.isEmpty() && word.at(0).isUpper())
                add(out, category, word);
        }
    }
    for (const QString &line : lines(dir + u"/data.adj"_s)) {
        if (line.startsWith(u' '))
            continue;
        const QStringList f = line.split(u' ');
        if (f.size() < 6)
            continue;
        const int words = f.at(3).toInt(nullptr, 16);
        for (int w = 0; w < words && 4 + 2 * w < f.size(); ++w) {
            const QString word = lemma(f.at(4 + 2 * w));
            if (!word.isEmpty() && word.at(0).isUpper())
                add(out, u"wn_adjective"_s, word);
        }
    }
}

// Word list: lower-case entries are common words, capitalised ones are proper names.
void wordList(const QString &path, Entries *out)
{
    for (const QString &word : lines(path)) {
        if (word.contains(u'\''))
            continue;
        if (word.at(0).isLower())
            add(out, u"dict_lower"_s, word);
        else if (word.size() > 1 && word.at(1).isLower())
            add(out, u"dict_proper"_s, word);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        warn(u"usage: gengazetteer OUTPUT"_s);
        return 2;
    }
    const QString usrShare = qEnvironmentVariable("PARALLAX_USR_SHARE", u"/usr/share"_s);
    Entries entries;
    isoCodes(usrShare + u"/iso-codes/json"_s, &entries);
    timeZones(usrShare + u"/zoneinfo/zone.tab"_s, &entries);
    miscFiles(usrShare, &entries);
    wordNet(usrShare + u"/wordnet"_s, &entries);
    wordList(usrShare + u"/dict/american-english"_s, &entries);

    QFile file(args.at(1));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        warn(u"cannot write %1"_s.arg(args.at(1)));
        return 1;
    }
    QTextStream stream(&file);
    for (const auto &[category, entry] : entries)
        stream << category << '\t' << entry << '\n';
    stream.flush();
    std::fprintf(stderr, "gengazetteer: %zu entries\n", entries.size());
    return file.error() == QFile::NoError ? 0 : 1;
}
