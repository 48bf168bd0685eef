// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/temporal/scan.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::Temporal {
namespace {

// Currency names and codes. Names come from the iso-codes package (ISO 4217) so every currency
// is known without a hand-typed list; the hand map only settles what ISO cannot: symbols, and
// bare words such as "dollar" that many currencies share and news uses for one of them.
class Currencies
{
public:
    static const Currencies &instance()
    {
        static const Currencies c;
        return c;
    }

    QString codeForName(const QString &lowerName) const { return m_names.value(lowerName); }
    bool isCode(QStringView word) const
    {
        return word.size() == 3 && word.front().isUpper() && word.back().isUpper()
            && m_codes.contains(QString::fromRawData(word.data(), word.size()));
    }
    // Whether some currency name starts with this word (in lower case): most numbers are
    // followed by no currency at all, and the names of up to three words after them were built
    // and looked up for every one.
    bool mayStartName(QStringView word) const
    {
        constexpr qsizetype kLongest = 40;
        if (word.isEmpty() || word.size() > kLongest)
            return false;
        char16_t lower[kLongest];
        for (qsizetype k = 0; k < word.size(); ++k) {
            const char16_t c = word[k].unicode();
            if (c >= 128)
                return m_firstWords.contains(word.toString().toLower());
            lower[k] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
        return m_firstWords.contains(
            QString::fromRawData(reinterpret_cast<const QChar *>(lower), word.size()));
    }

private:
    Currencies()
    {
        QFile file(u"/usr/share/iso-codes/json/iso_4217.json"_s);
        QHash<QString, QString> lastWords;
        QSet<QString> sharedLastWords;
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray list
                = QJsonDocument::fromJson(file.readAll()).object().value(u"4217"_s).toArray();
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                const QString code = o.value(u"alpha_3"_s).toString();
                const QString name = o.value(u"name"_s).toString().toLower();
                // X.. codes are metals, funds and test codes, apart from a few real currencies.
                if (code.size() != 3 || name.contains(u'(')
                    || (code.startsWith(u'X') && !name.contains(u"franc"_s)
                        && !name.contains(u"dollar"_s)))
                    continue;
                m_codes.insert(code);
                addName(name, code);
                const QString last = name.section(u' ', -1);
                if (last != name) {
                    if (lastWords.contains(last) && lastWords.value(last) != code)
                        sharedLastWords.insert(last);
                    lastWords.insert(last, code);
                }
            }
        }
        for (auto it = lastWords.cbegin(); it != lastWords.cend(); ++it) {
            if (!sharedLastWords.contains(it.key()) && !m_names.contains(it.key()))
                addName(it.key(), it.value());
        }
        // Single names that are also common English words would fire after any number.
        for (const QString &word : {u"won"_s, u"real"_s, u"sol"_s, u"som"_s, u"sum"_s, u"dong"_s,
                 u"sucre"_s, u"leone"_s, u"leones"_s, u"sols"_s, u"reals"_s}) {
            m_names.remove(word);
        }
        // The currency news means by a bare shared word, and plurals English does not form with
        // an "s".
        static const std::pair<const char16_t *, const char16_t *> kHand[] = {
            {u"dollar", u"USD"},
            {u"dollars", u"USD"},
            {u"euro", u"EUR"},
            {u"euros", u"EUR"},
            {u"pound", u"GBP"},
            {u"pounds", u"GBP"},
            {u"pounds sterling", u"GBP"},
            {u"sterling", u"GBP"},
            {u"yen", u"JPY"},
            {u"yuan", u"CNY"},
            {u"renminbi", u"CNY"},
            {u"rupee", u"INR"},
            {u"rupees", u"INR"},
            {u"franc", u"CHF"},
            {u"francs", u"CHF"},
            {u"ruble", u"RUB"},
            {u"rubles", u"RUB"},
            {u"rouble", u"RUB"},
            {u"roubles", u"RUB"},
            {u"krone", u"NOK"},
            {u"kroner", u"NOK"},
            {u"krona", u"SEK"},
            {u"kronor", u"SEK"},
            {u"peso", u"MXN"},
            {u"pesos", u"MXN"},
        };
        for (const auto &[name, code] : kHand)
            m_names.insert(QString::fromUtf16(name), QString::fromUtf16(code));
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            m_firstWords.insert(it.key().section(u' ', 0, 0));
    }

    void addName(const QString &name, const QString &code)
    {
        m_names.insert(name, code);
        m_names.insert(name + u's', code);
    }

    QHash<QString, QString> m_names; // lower-case name, singular and plural -> code
    QSet<QString> m_codes;
    QSet<QString> m_firstWords; // the first word of every name in m_names
};

QString symbolCode(QStringView symbol, QStringView prefix)
{
    if (symbol == u"$") {
        if (prefix == u"US")
            return u"USD"_s;
        if (prefix == u"A" || prefix == u"AU")
            return u"AUD"_s;
        if (prefix == u"C" || prefix == u"CA")
            return u"CAD"_s;
        if (prefix == u"HK")
            return u"HKD"_s;
        if (prefix == u"NZ")
            return u"NZD"_s;
        if (prefix == u"S")
            return u"SGD"_s;
        return u"USD"_s;
    }
    if (symbol == u"€")
        return u"EUR"_s;
    if (symbol == u"£")
        return u"GBP"_s;
    if (symbol == u"¥")
        return u"JPY"_s;
    if (symbol == u"₹")
        return u"INR"_s;
    if (symbol == u"₽")
        return u"RUB"_s;
    return {};
}

// The currency named by words at i (up to three: "pounds sterling", "new zealand dollars");
// returns the number of tokens used.
int currencyName(const Scan &s, int i, QString *code)
{
    const Currencies &c = Currencies::instance();
    if (c.isCode(s.word(i))) {
        *code = s.word(i).toString();
        return 1;
    }
    if (!c.mayStartName(s.word(i)))
        return 0;
    QString key;
    int best = 0;
    for (int n = 1; n <= 3 && s.inside(i + n - 1) && s.kind(i + n - 1) == TokenKind::Word; ++n) {
        if (n > 1)
            key += u' ';
        key += s.word(i + n - 1).toString().toLower();
        const QString found = c.codeForName(key);
        if (!found.isEmpty()) {
            *code = found;
            best = n;
        }
    }
    return best;
}

// A number, from digits or words, with any multiplier after it: "3.5 billion", "12m",
// "five million". Returns the number of tokens used.
int number(const Scan &s, int i, double *value)
{
    int used = 0;
    double v = 0;
    if (s.isNumber(i)) {
        const Amount a = parseAmount(s.word(i));
        if (!a.ok)
            return 0;
        v = a.value * std::pow(10.0, a.power);
        used = 1;
    } else if (s.has(i, NumberWord) && !s.has(i, Article) && !s.has(i, Multiplier)) {
        v = s.entry(i).value;
        used = 1;
    } else {
        return 0;
    }
    while (s.has(i + used, Multiplier)) {
        v *= std::pow(10.0, s.entry(i + used).value);
        ++used;
    }
    if (s.inside(i + used)) {
        // Wire copy abbreviates multipliers as separate words too: "12 mln", "3 bln".
        const QStringView w = s.word(i + used);
        if (w == u"mln" || w == u"bln" || w == u"bn") {
            v *= w == u"mln" ? 1e6 : 1e9;
            ++used;
        }
    }
    *value = v;
    return used;
}

QString moneyValue(const QString &code, double amount)
{
    QString n = QString::number(amount, 'f', 2);
    if (n.endsWith(u".00"_s))
        n.chop(3);
    else if (n.endsWith(u'0') && n.contains(u'.'))
        n.chop(1);
    return code + u' ' + n;
}

} // namespace

Amount parseAmount(QStringView t)
{
    Amount a;
    double whole = 0;
    double fraction = 0;
    double scale = 1;
    bool afterPoint = false;
    bool separators = false;
    qsizetype i = 0;
    for (; i < t.size(); ++i) {
        const char16_t c = t[i].unicode();
        if (c >= u'0' && c <= u'9') {
            if (afterPoint) {
                scale /= 10;
                fraction += (c - u'0') * scale;
            } else {
                whole = whole * 10 + (c - u'0');
                ++a.digits;
            }
        } else if (c == u',' && !afterPoint) {
            separators = true;
        } else if (c == u'.' && !afterPoint) {
            afterPoint = true;
        } else {
            break;
        }
    }
    const QStringView suffix = t.mid(i);
    if (suffix.isEmpty())
        a.power = 0;
    else if (suffix == u"m" || suffix == u"mn" || suffix == u"mln")
        a.power = 6;
    else if (suffix == u"bn" || suffix == u"b" || suffix == u"bln")
        a.power = 9;
    else if (suffix == u"k")
        a.power = 3;
    else
        return a;
    a.ok = a.digits > 0;
    a.plainInteger = !separators && !afterPoint && suffix.isEmpty();
    a.value = whole + fraction;
    return a;
}

Match matchMoney(const Scan &s, int i)
{
    const QStringView w = s.word(i);
    if (w.isEmpty())
        return {};
    QString code;
    double value = 0;
    // "$5", "€12m", "US$ 5": symbol first.
    if (s.kind(i) == TokenKind::Symbol
        || (w.size() <= 2 && s.word(i + 1) == u"$" && s.touching(i))) {
        int at = i;
        QStringView prefix;
        if (s.kind(i) != TokenKind::Symbol) {
            prefix = w;
            ++at;
        }
        code = symbolCode(s.word(at), prefix);
        if (code.isEmpty())
            return {};
        const int n = number(s, at + 1, &value);
        if (n == 0 || !s.isNumber(at + 1))
            return {};
        return Match {i, at + 1 + n, TemporalType::Money, moneyValue(code, value)};
    }
    // "USD 40,000".
    if (Currencies::instance().isCode(w)) {
        const int n = number(s, i + 1, &value);
        if (n == 0 || !s.isNumber(i + 1))
            return {};
        return Match {i, i + 1 + n, TemporalType::Money, moneyValue(w.toString(), value)};
    }
    // "40,000 dollars", "12 million euros", "five million pounds".
    const int n = number(s, i, &value);
    if (n == 0)
        return {};
    const int c = currencyName(s, i + n, &code);
    if (c == 0)
        return {};
    return Match {i, i + n + c, TemporalType::Money, moneyValue(code, value)};
}

Match matchPercent(const Scan &s, int i)
{
    if (s.isNumber(i)) {
        const QStringView w = s.word(i);
        if (w.endsWith(u'%')) {
            const Amount a = parseAmount(w.chopped(1));
            if (a.ok && a.power == 0)
                return Match {i, i + 1, TemporalType::Percent, w.chopped(1).toString() + u'%'};
            return {};
        }
    }
    double value = 0;
    const int n = number(s, i, &value);
    if (n == 0)
        return {};
    const int at = i + n;
    int end = -1;
    if (s.has(at, PercentWord) || (s.word(at) == u"%"))
        end = at + 1;
    else if (s.is(at, u"per") && s.is(at + 1, u"cent"))
        end = at + 2;
    if (end < 0 || s.is(end, u"points"))
        return {}; // "percentage points" are a difference, not a share
    return Match {i, end, TemporalType::Percent, QString::number(value, 'g', 12) + u'%'};
}

} // namespace Parallax::Temporal
