// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Parallax::DateParser {
namespace {

// A month's full English name or its usual abbreviation ("Sep", "Sept"); nothing looser, so
// that a word merely starting like a month is not read as one.
int monthFromName(QStringView name)
{
    static const QStringView months[] = {u"january", u"february", u"march", u"april", u"may",
        u"june", u"july", u"august", u"september", u"october", u"november", u"december"};
    const QString lower = name.toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == months[i] || lower == months[i].left(3) || (i == 8 && lower == "sept"_L1))
            return i + 1;
    }
    return 0;
}

QString offsetText(int seconds)
{
    if (seconds == 0)
        return u"Z"_s;
    const QChar sign = seconds < 0 ? u'-' : u'+';
    seconds = std::abs(seconds);
    return u"%1%2:%3"_s.arg(sign)
        .arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QString formatDateTime(const QDate &date, const QTime &time, const QString &offset)
{
    if (!date.isValid())
        return {};
    if (!time.isValid())
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm:ss"_s) + offset;
}

// The 24-hour clock hour for a 12-hour clock hour followed by "am", "p.m." etc. (or nothing).
int hourWithMeridiem(int hour, QStringView meridiem)
{
    const QString m = meridiem.toString().toLower().remove(u'.');
    if (m == "pm"_L1 && hour < 12)
        return hour + 12;
    if (m == "am"_L1 && hour == 12)
        return 0;
    return hour;
}

// "+01:00", "+0100", "Z", "GMT", "UTC"; empty when there is none or it is not understood.
QString parseOffset(QStringView text, bool *ok)
{
    *ok = true;
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return {};
    if (t == "Z"_L1 || t.compare("GMT"_L1, Qt::CaseInsensitive) == 0
        || t.compare("UTC"_L1, Qt::CaseInsensitive) == 0)
        return u"Z"_s;
    static const QRegularExpression re(u"^([+-])(\\d{2}):?(\\d{2})$"_s);
    const auto m = re.match(t);
    // Real offsets run from -12:00 to +14:00; "+1615" is not one (found by fuzzing).
    if (!m.hasMatch() || m.capturedView(2).toInt() > 14 || m.capturedView(3).toInt() > 59) {
        *ok = false;
        return {};
    }
    const int seconds = (m.capturedView(2).toInt() * 3600 + m.capturedView(3).toInt() * 60)
        * (m.capturedView(1) == u"-" ? -1 : 1);
    return offsetText(seconds);
}

} // namespace

QString normalise(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};

    // ISO 8601: 2025-11-24, 2025-11-24T09:30, 2025-11-24 09:30:00.123+01:00
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate date(
            m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (m.capturedView(4).isEmpty())
            return date.isValid() ? date.toString(Qt::ISODate) : QString();
        const QTime time(
            m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
        bool ok = false;
        const QString offset = parseOffset(m.capturedView(7), &ok);
        return time.isValid() ? formatDateTime(date, time, offset) : QString();
    }

    // 2025/11/24
    static const QRegularExpression slashed(u"^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"_s);
    if (const auto m = slashed.match(text); m.hasMatch()) {
        const QDate date(
            m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    // 24.11.2025 (day first, as written across most of Europe)
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    if (const auto m = dotted.match(text); m.hasMatch()) {
        const QDate date(
            m.capturedView(3).toInt(), m.capturedView(2).toInt(), m.capturedView(1).toInt());
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    // RFC 2822 and friends: [Mon, ]24 Nov 2025[ 09:30[:00] [pm] [GMT|+0100]]
    static const QRegularExpression dayMonth(
        u"^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})"
        "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})?)?$"_s);
    // November 24, 2025[, 9:30 AM]
    static const QRegularExpression monthDay(
        u"^(?:[A-Za-z]+,?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
        "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?\\s*([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})?)?$"_s);

    int day = 0;
    int month = 0;
    int year = 0;
    int hour = -1;
    int minute = 0;
    int second = 0;
    QString zone;
    if (const auto m = dayMonth.match(text); m.hasMatch()) {
        day = m.capturedView(1).toInt();
        month = monthFromName(m.capturedView(2));
        year = m.capturedView(3).toInt();
        if (!m.capturedView(4).isEmpty()) {
            hour = hourWithMeridiem(m.capturedView(4).toInt(), m.capturedView(7));
            minute = m.capturedView(5).toInt();
            second = m.capturedView(6).toInt();
            zone = m.captured(8);
        }
    } else if (const auto m2 = monthDay.match(text); m2.hasMatch()) {
        month = monthFromName(m2.capturedView(1));
        day = m2.capturedView(2).toInt();
        year = m2.capturedView(3).toInt();
        if (!m2.capturedView(4).isEmpty()) {
            hour = hourWithMeridiem(m2.capturedView(4).toInt(), m2.capturedView(7));
            minute = m2.capturedView(5).toInt();
            second = m2.capturedView(6).toInt();
            zone = m2.captured(8);
        }
    } else {
        return {};
    }
    const QDate date(year, month, day);
    if (month == 0 || !date.isValid())
        return {};
    if (hour < 0)
        return date.toString(Qt::ISODate);
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return {}; // "25:00" is no more a time than 30 February is a date
    bool ok = false;
    QString offset = parseOffset(zone, &ok);
    if (!ok)
        offset.clear(); // an unknown zone abbreviation: keep the local time, drop the zone
    return formatDateTime(date, time, offset);
}

} // namespace Parallax::DateParser
