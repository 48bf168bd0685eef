// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Parallax {
namespace {

constexpr std::array<std::pair<ExportFormat, QStringView>, 7> kFormats {{
    {ExportFormat::Html, u"html"},
    {ExportFormat::Pdf, u"pdf"},
    {ExportFormat::Markdown, u"md"},
    {ExportFormat::JsonLd, u"jsonld"},
    {ExportFormat::Csv, u"csv"},
    {ExportFormat::Brat, u"brat"},
    {ExportFormat::Conll, u"conll"},
}};
constexpr std::array<std::pair<ExportLayer, QStringView>, 5> kLayers {{
    {ExportLayer::Entities, u"entities"},
    {ExportLayer::Quotes, u"quotes"},
    {ExportLayer::Dates, u"dates"},
    {ExportLayer::Tags, u"tags"},
    {ExportLayer::Notes, u"notes"},
}};

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, size_t N>
bool valueOf(
    const std::array<std::pair<Enum, QStringView>, N> &table, const QString &text, Enum *out)
{
    for (const auto &[e, name] : table) {
        if (name == text) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace

QString enumName(ExportFormat format)
{
    return nameOf(kFormats, format);
}

bool enumFromName(const QString &text, ExportFormat *format)
{
    return valueOf(kFormats, text, format);
}

QString enumName(ExportLayer layer)
{
    return nameOf(kLayers, layer);
}

bool enumFromName(const QString &text, ExportLayer *layer)
{
    return valueOf(kLayers, text, layer);
}

} // namespace Parallax
