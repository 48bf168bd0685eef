// SPDX-FileCopyrightText: 2026 The Parallax developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QByteArrayView>
#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <memory>
#include <optional>
#include <string_view>
#include <type_traits>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;

namespace Parallax::TextDecoder {
namespace {

// Enough of the text to judge it by, without scanning a huge file twice.
constexpr qsizetype BinaryScanLimit = 64 * 1024;
constexpr qsizetype MetaScanLimit = 4 * 1024;

QByteArrayView view(std::string_view bytes)
{
    return QByteArrayView(bytes.data(), qsizetype(bytes.size()));
}

struct Signature
{
    qsizetype offset;
    std::string_view magic;
    QStringView what;
};

// Only signatures that cannot plausibly start a text file; the rest is caught by the NUL byte and
// control character checks, just with a less specific message.
const Signature binarySignatures[] = {
    {0, "%PDF-"sv, u"PDF document"},
    {0, "PK\x03\x04"sv, u"ZIP archive"},
    {0, "PK\x05\x06"sv, u"ZIP archive"},
    {0, "PK\x07\x08"sv, u"ZIP archive"},
    {0, "\x89PNG\r\n\x1A\n"sv, u"PNG image"},
    {0, "GIF87a"sv, u"GIF image"},
    {0, "GIF89a"sv, u"GIF image"},
    {0, "\xFF\xD8\xFF"sv, u"JPEG image"},
    {0, "II*\0"sv, u"TIFF image"},
    {0, "MM\0*"sv, u"TIFF image"},
    {0, "RIFF"sv, u"RIFF media file, such as WebP, WAV or AVI"},
    {4, "ftyp"sv, u"MP4 or QuickTime media file"},
    {0, "OggS"sv, u"Ogg media file"},
    {0, "fLaC"sv, u"FLAC audio"},
    {0, "ID3\x03"sv, u"MP3 audio"},
    {0, "ID3\x04"sv, u"MP3 audio"},
    {0, "\x1A\x45\xDF\xA3"sv, u"Matroska or WebM video"},
    {0,
        "\x7F"
        "ELF"sv,
        u"executable program"},
    {0, "MZ\x90\0"sv, u"Windows executable program"},
    {0, "SQLite format 3\0"sv, u"SQLite database"},
    {0, "\x1F\x8B"sv, u"gzip archive"},
    {0,
        "\xFD"
        "7zXZ\0"sv,
        u"xz archive"},
    {0, "BZh"sv, u"bzip2 archive"}, // refined below: the block magic follows the level digit
    {0, "7z\xBC\xAF\x27\x1C"sv, u"7-Zip archive"},
    {0, "Rar!\x1A\x07"sv, u"RAR archive"},
    {0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, u"legacy Microsoft Office document"},
    {0, "wOFF"sv, u"web font"},
    {0, "wOF2"sv, u"web font"},
};

// A .docx or .epub is what analysts most often drop by mistake; naming it helps more than "ZIP".
QString zipKind(const QByteArray &bytes)
{
    const QByteArrayView head
        = QByteArrayView(bytes).first(std::min(bytes.size(), BinaryScanLimit));
    if (head.indexOf("mimetypeapplication/epub+zip") >= 0)
        return u"EPUB e-book"_s;
    if (head.indexOf("mimetypeapplication/vnd.oasis.opendocument") >= 0)
        return u"OpenDocument file"_s;
    if (head.indexOf("word/") >= 0)
        return u"Word document"_s;
    return u"ZIP archive"_s;
}

QString binarySignature(const QByteArray &bytes)
{
    for (const Signature &signature : binarySignatures) {
        const QByteArrayView magic = view(signature.magic);
        if (bytes.size() < signature.offset + magic.size()
            || QByteArrayView(bytes).sliced(signature.offset, magic.size()) != magic)
            continue;
        if (signature.magic == "BZh"sv
            && (bytes.size() < 10
                || QByteArrayView(bytes).sliced(4, 6) != view("\x31\x41\x59\x26\x53\x59"sv)))
            continue;
        if (signature.magic.starts_with("PK"sv))
            return zipKind(bytes);
        return signature.what.toString();
    }
    return {};
}

struct Bom
{
    std::string_view bytes;
    QStringConverter::Encoding encoding;
    QStringView name;
};

// UTF-32LE first: its BOM begins with the UTF-16LE one.
const Bom byteOrderMarks[] = {
    {"\xFF\xFE\0\0"sv, QStringConverter::Utf32LE, u"UTF-32LE"},
    {"\0\0\xFE\xFF"sv, QStringConverter::Utf32BE, u"UTF-32BE"},
    {"\xEF\xBB\xBF"sv, QStringConverter::Utf8, u"UTF-8"},
    {"\xFF\xFE"sv, QStringConverter::Utf16LE, u"UTF-16LE"},
    {"\xFE\xFF"sv, QStringConverter::Utf16BE, u"UTF-16BE"},
};

// Offset of the first malformed sequence, or -1. QStringDecoder rejects the same sequences but
// does not say where, and the user needs a place to look.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, codePoint = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, codePoint = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, codePoint = lead & 0x07, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF
            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Qt 6.4's UTF-16 and UTF-32 decoders report no error for unpaired surrogates, a dangling odd
// byte or code points beyond U+10FFFF, which would put malformed text in the project.
qsizetype firstInvalidUtf16(QByteArrayView data, bool bigEndian)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    const auto unitAt = [&](qsizetype i) {
        return char16_t(bigEndian ? (p[i] << 8) | p[i + 1] : p[i] | (p[i + 1] << 8));
    };
    qsizetype i = 0;
    for (; i + 1 < n; i += 2) {
        const char16_t unit = unitAt(i);
        if (QChar::isLowSurrogate(unit))
            return i;
        if (QChar::isHighSurrogate(unit)) {
            if (i + 3 >= n || !QChar::isLowSurrogate(unitAt(i + 2)))
                return i;
            i += 2;
        }
    }
    return i < n ? i : -1;
}

qsizetype firstInvalidUtf32(QByteArrayView data, bool bigEndian)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    for (; i + 3 < n; i += 4) {
        const char32_t unit = bigEndian
            ? (char32_t(p[i]) << 24) | (p[i + 1] << 16) | (p[i + 2] << 8) | p[i + 3]
            : (char32_t(p[i + 3]) << 24) | (p[i + 2] << 16) | (p[i + 1] << 8) | p[i];
        if (unit > 0x10FFFF || (unit >= 0xD800 && unit <= 0xDFFF))
            return i;
    }
    return i < n ? i : -1;
}

qsizetype firstInvalid(QByteArrayView data, QStringConverter::Encoding encoding)
{
    switch (encoding) {
    case QStringConverter::Utf16LE:
        return firstInvalidUtf16(data, false);
    case QStringConverter::Utf16BE:
        return firstInvalidUtf16(data, true);
    case QStringConverter::Utf32LE:
        return firstInvalidUtf32(data, false);
    case QStringConverter::Utf32BE:
        return firstInvalidUtf32(data, true);
    default:
        return firstInvalidUtf8(data);
    }
}

// Stateless so that a truncated last sequence is an error rather than silently dropped;
// ConvertInitialBom so that a U+FEFF following the mark we stripped stays part of the text.
std::optional<QString> decodeStrict(QByteArrayView data, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(
        encoding, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return std::nullopt;
    if (encoding != QStringConverter::Utf8 && firstInvalid(data, encoding) >= 0)
        return std::nullopt;
    return text;
}

QString encodingLabel(QStringConverter::Encoding encoding)
{
    for (const Bom &bom : byteOrderMarks) {
        if (bom.encoding == encoding)
            return bom.name.toString();
    }
    return u"UTF-8"_s;
}

Result<DecodedText> decodeUnicode(
    const QByteArray &bytes, qsizetype skip, QStringConverter::Encoding encoding)
{
    const QByteArrayView data = QByteArrayView(bytes).sliced(skip);
    if (std::optional<QString> text = decodeStrict(data, encoding))
        return DecodedText {*text, encodingLabel(encoding)};
    const QString name = encoding == QStringConverter::Utf8 ? u"UTF-8"_s
        : encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE
        ? u"UTF-16"_s
        : u"UTF-32"_s;
    const qsizetype offset = std::max<qsizetype>(0, firstInvalid(data, encoding)) + skip;
    return Error {u"invalid %1 text at byte %2"_s.arg(name).arg(offset)};
}

Result<DecodedText> decodeWithBom(const QByteArray &bytes, const Bom &bom)
{
    const qsizetype skip = qsizetype(bom.bytes.size());
    // "\xFF\xFE\0\0" is also UTF-16LE text that starts with U+0000; prefer whichever is valid.
    if (bom.encoding == QStringConverter::Utf32LE
        && firstInvalidUtf32(QByteArrayView(bytes).sliced(skip), false) >= 0
        && firstInvalidUtf16(QByteArrayView(bytes).sliced(2), false) < 0)
        return decodeUnicode(bytes, 2, QStringConverter::Utf16LE);
    return decodeUnicode(bytes, skip, bom.encoding);
}

// Maps the many spellings found in <meta> tags and detector output onto one name per charset,
// which iconv understands and which reads well in the article's properties.
QString canonicalCharsetName(QByteArrayView label)
{
    QString name = QString::fromLatin1(label.trimmed()).toUpper();
    name.replace(u'_', u'-');
    static const QRegularExpression windows(uR"(^(?:X-)?(?:WINDOWS-|CP-?)(12\d\d)$)"_s);
    static const QRegularExpression iso(uR"(^ISO-?8859-?(\d+)$)"_s);
    if (const auto match = windows.match(name); match.hasMatch())
        return u"windows-"_s + match.captured(1);
    if (const auto match = iso.match(name); match.hasMatch())
        return u"ISO-8859-"_s + match.captured(1);
    if (name == u"UTF8")
        return u"UTF-8"_s;
    if (name == u"LATIN1" || name == u"L1")
        return u"ISO-8859-1"_s;
    if (name == u"US-ASCII" || name == u"ANSI-X3.4-1968")
        return u"ASCII"_s;
    if (name == u"SHIFT-JIS" || name == u"SJIS" || name == u"X-SJIS")
        return u"Shift_JIS"_s;
    if (name == u"BIG5")
        return u"Big5"_s;
    return name;
}

bool isUnicodeName(const QString &name)
{
    return name.startsWith(u"UTF-16") || name.startsWith(u"UTF-32") || name == u"UTF-7"
        || name == u"UCS-2" || name == u"UCS-4";
}

using IconvHandle = std::unique_ptr<std::remove_pointer_t<iconv_t>, decltype(&iconv_close)>;

IconvHandle openIconv(const QString &charset)
{
    iconv_t handle = iconv_open("UTF-8", charset.toLatin1().constData());
    return IconvHandle(handle == iconv_t(-1) ? nullptr : handle, &iconv_close);
}

struct Conversion
{
    QString text;
    bool supported = true;
    qsizetype badOffset = -1;
};

Conversion convertWithIconv(const QByteArray &bytes, const QString &charset)
{
    const IconvHandle handle = openIconv(charset);
    if (!handle)
        return {{}, false, -1};
    QByteArray out(bytes.size() * 2 + 64, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    qsizetype used = 0;
    // The second round (in == nullptr) flushes shift states of encodings like ISO-2022-JP.
    for (bool flushing = false;;) {
        char *outPtr = out.data() + used;
        size_t outLeft = size_t(out.size() - used);
        const size_t result = flushing ? iconv(handle.get(), nullptr, nullptr, &outPtr, &outLeft)
                                       : iconv(handle.get(), &in, &inLeft, &outPtr, &outLeft);
        const int error = errno;
        used = outPtr - out.data();
        if (result == size_t(-1) && error == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        if (result == size_t(-1))
            return {{}, true, in - bytes.constData()};
        if (flushing)
            break;
        flushing = true;
    }
    out.truncate(used);
    return {QString::fromUtf8(out), true, -1};
}

bool hasC1Bytes(const QByteArray &bytes)
{
    return std::any_of(
        bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) >= 0x80 && uchar(c) <= 0x9F; });
}

Result<DecodedText> convertLegacy(const QByteArray &bytes, const QString &charset)
{
    // Detectors and pages say ISO-8859-1 for windows-1252 text: 0x80–0x9F are curly quotes and
    // dashes there but unused C1 controls in ISO-8859-1, so their presence means windows-1252.
    if (charset == u"ISO-8859-1" && hasC1Bytes(bytes)) {
        Conversion conversion = convertWithIconv(bytes, u"windows-1252"_s);
        if (conversion.supported && conversion.badOffset < 0)
            return DecodedText {conversion.text, u"windows-1252"_s};
    }
    Conversion conversion = convertWithIconv(bytes, charset);
    if (!conversion.supported)
        return Error {u"the text seems to be in the %1 encoding, which this system cannot convert; "
                      u"save it as UTF-8 and try again"_s.arg(charset)};
    if (conversion.badOffset >= 0)
        return Error {u"invalid %1 text at byte %2"_s.arg(charset).arg(conversion.badOffset)};
    return DecodedText {conversion.text, charset};
}

QString detectCharset(const QByteArray &bytes)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (!detector
        || uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    const char *charset = uchardet_get_charset(detector.get());
    return charset ? canonicalCharsetName(QByteArrayView(charset)) : QString();
}

Result<DecodedText> detectAndConvert(const QByteArray &bytes)
{
    const QString charset = detectCharset(bytes);
    if (charset.isEmpty())
        return Error {u"could not tell which text encoding this file uses; save it as UTF-8 and "
                      u"try again"_s};
    // We only get here when the bytes are not valid UTF-8, so the detector means "mostly UTF-8".
    if (charset == u"UTF-8" || charset == u"ASCII")
        return Error {u"invalid UTF-8 text at byte %1"_s.arg(firstInvalidUtf8(bytes))};
    if (isUnicodeName(charset))
        return Error {u"the text seems to be %1 without a byte order mark; save it as UTF-8 and "
                      u"try again"_s.arg(charset)};
    return convertLegacy(bytes, charset);
}

// The first charset declared by <meta charset> or <meta http-equiv="Content-Type">.
QString declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        uR"(<meta\b[^>]*?(?<![\w-])charset\s*=\s*["']?\s*([a-z0-9._:()+-]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(MetaScanLimit));
    const QRegularExpressionMatch match = meta.match(head);
    return match.hasMatch() ? canonicalCharsetName(match.captured(1).toLatin1()) : QString();
}

Result<DecodedText> decodeBytes(const QByteArray &bytes, Hint hint)
{
    for (const Bom &bom : byteOrderMarks) {
        if (bytes.startsWith(view(bom.bytes)))
            return decodeWithBom(bytes, bom);
    }
    if (bytes.contains('\0'))
        return Error {u"this looks like a binary file (it contains NUL bytes), not text"_s};

    if (hint == Hint::Html) {
        const QString declared = declaredHtmlCharset(bytes);
        // A page declaring UTF-8 over legacy bytes is a common template mistake: detect instead.
        // A UTF-16 declaration in bytes readable as ASCII cannot be right (browsers ignore it).
        // A legacy declaration wins even over valid UTF-8, as it does in browsers.
        if (!declared.isEmpty() && declared != u"UTF-8" && declared != u"ASCII"
            && !isUnicodeName(declared) && openIconv(declared))
            return convertLegacy(bytes, declared);
    }
    if (std::optional<QString> utf8 = decodeStrict(bytes, QStringConverter::Utf8))
        return DecodedText {*utf8, u"UTF-8"_s};
    return detectAndConvert(bytes);
}

} // namespace

Result<DecodedText> decode(const QByteArray &bytes, const QString &displayName, Hint hint)
{
    const auto refuse = [&](const QString &reason) {
        return Error {displayName + u": "_s + reason};
    };
    if (bytes.isEmpty())
        return refuse(u"the file is empty"_s);
    if (const QString what = binarySignature(bytes); !what.isEmpty())
        return refuse(u"this looks like a binary file ("_s + what + u"), not text"_s);

    Result<DecodedText> decoded = decodeBytes(bytes, hint);
    if (!decoded)
        return refuse(decoded.error());
    QString &text = decoded->text;

    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return refuse(u"the file is empty"_s);

    const QStringView head = QStringView(text).first(std::min(text.size(), BinaryScanLimit));
    // Counted inline, without a call per character (std::count_if with a function was 1.5% of
    // annotating a thousand short files; this loop is about three instructions a character).
    qsizetype controls = 0;
    for (const QChar c : head) {
        const char16_t u = c.unicode();
        const bool low = u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f';
        controls += qsizetype(low | (u >= 0x7F && u <= 0x9F));
    }
    if (controls * 10 > head.size())
        return refuse(u"this looks like a binary file (%1% control characters), not text"_s.arg(
            controls * 100 / head.size()));

    // Most text has no carriage return; replace() with a string needle scans the whole text
    // with a matcher even then.
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    return decoded;
}

} // namespace Parallax::TextDecoder
