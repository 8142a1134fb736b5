#include "XlsxWorkbook.h"

#include <QDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12::xlsx {

Error notWorkbook(const QString &fileName, const QString &why)
{
    return fail(XlsxReader::tr("%1: not an XLSX workbook (%2).").arg(fileName, why));
}

Error partFailed(const Archive &archive, const XlsxPart &part)
{
    if (part.limitReached())
        return fail(XlsxReader::tr("%1: %2.").arg(archive.fileName, part.problem()));
    const QString problem = part.problem();
    return notWorkbook(archive.fileName, problem.isEmpty() ? XlsxReader::tr("a part of it is damaged") : problem);
}

namespace {

bool hasPart(const Archive &archive, const QString &name)
{
    return archive.zip.entry(name) != nullptr;
}

} // namespace

Status openPart(Archive &archive, XlsxPart &part, const QString &name)
{
    const XlsxArchive::Entry *entry = archive.zip.entry(name);
    if (!entry)
        return notWorkbook(archive.fileName, XlsxReader::tr("it has no %1").arg(name));
    // The sizes the archive declares let a bomb be refused before anything is inflated;
    // the stream keeps counting in case they lie.
    if (qint64(entry->uncompressedSize) > archive.budget)
        return fail(
            XlsxReader::tr("%1: the workbook unpacks to more than %L2 MiB and is refused as a possible zip bomb.")
                .arg(archive.fileName)
                .arg(XlsxReader::maxUnpackedBytes / 1024 / 1024));
    if (!part.open(*entry))
        return partFailed(archive, part);
    return {};
}

namespace {

QString partDirectory(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

QString resolvePart(const QString &baseDirectory, QString target)
{
    target.replace(u'\\', u'/');
    const QString path = target.startsWith(u'/')   ? target.mid(1)
                         : baseDirectory.isEmpty() ? target
                                                   : baseDirectory + u'/' + target;
    return QDir::cleanPath(path);
}

QString relationshipsOf(const QString &part)
{
    const QString directory = partDirectory(part);
    const QString name = part.mid(directory.isEmpty() ? 0 : directory.size() + 1);
    return (directory.isEmpty() ? QString() : directory + u'/') + u"_rels/"_s + name + u".rels"_s;
}

// Reads a document until its root element ends; `onStart` sees every start tag
// and may consume the element's content through the part (returning false on failure).
template<typename OnStart> Status readDocument(Archive &archive, XlsxPart &part, OnStart onStart)
{
    int depth = 0;
    for (;;) {
        switch (part.next()) {
        case QXmlStreamReader::StartElement: {
            int consumed = 0; // 1 when onStart read the element through its end tag
            if (!onStart(&consumed))
                return part.problem().isEmpty() ? Status() : Status(partFailed(archive, part));
            if (!consumed)
                ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (--depth == 0)
                return part.close() ? Status() : Status(partFailed(archive, part));
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return partFailed(archive, part);
        default:
            break;
        }
    }
}

Result<QHash<QString, Relationship>> readRelationships(Archive &archive, const QString &relsPart,
                                                       const QString &baseDirectory)
{
    QHash<QString, Relationship> relationships;
    if (!hasPart(archive, relsPart))
        return relationships;
    XlsxPart part(archive.zip, &archive.budget);
    if (Status opened = openPart(archive, part, relsPart); !opened)
        return Error{opened.error()};
    Status done = readDocument(archive, part, [&](int *) {
        if (part.xml().name() != u"Relationship"_s)
            return true;
        const QXmlStreamAttributes attributes = part.xml().attributes();
        if (attributes.value(u"TargetMode"_s).compare(u"External"_s, Qt::CaseInsensitive) == 0)
            return true;
        relationships.insert(attributes.value(u"Id"_s).toString(),
                             Relationship{attributes.value(u"Type"_s).toString(),
                                          resolvePart(baseDirectory, attributes.value(u"Target"_s).toString())});
        return true;
    });
    if (!done)
        return Error{done.error()};
    return relationships;
}

} // namespace

Result<Workbook> readWorkbook(Archive &archive)
{
    Result<QHash<QString, Relationship>> packageRelationships = readRelationships(archive, u"_rels/.rels"_s, QString());
    if (!packageRelationships)
        return Error{packageRelationships.error()};
    QString workbookPart = u"xl/workbook.xml"_s;
    for (const Relationship &relationship : std::as_const(*packageRelationships)) {
        if (relationship.type.endsWith(u"/officeDocument"_s) && hasPart(archive, relationship.target)) {
            workbookPart = relationship.target;
            break;
        }
    }

    Workbook workbook;
    {
        XlsxPart part(archive.zip, &archive.budget);
        if (Status opened = openPart(archive, part, workbookPart); !opened)
            return Error{opened.error()};
        Status done = readDocument(archive, part, [&](int *) {
            if (part.xml().name() != u"sheet"_s)
                return true;
            SheetEntry sheet;
            for (const QXmlStreamAttribute &attribute : part.xml().attributes()) {
                // r:id, whatever prefix and namespace (transitional or strict OOXML) the file uses.
                if (attribute.name() == u"id"_s && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
                else if (attribute.name() == u"name"_s && attribute.namespaceUri().isEmpty())
                    sheet.name = attribute.value().toString();
                else if (attribute.name() == u"state"_s)
                    sheet.hidden = attribute.value() != u"visible"_s;
            }
            workbook.sheets.append(sheet);
            return true;
        });
        if (!done)
            return Error{done.error()};
    }

    const QString directory = partDirectory(workbookPart);
    Result<QHash<QString, Relationship>> relationships =
        readRelationships(archive, relationshipsOf(workbookPart), directory);
    if (!relationships)
        return Error{relationships.error()};
    workbook.relationships = std::move(relationships).value();
    for (const Relationship &relationship : std::as_const(workbook.relationships)) {
        if (relationship.type.endsWith(u"/sharedStrings"_s))
            workbook.sharedStringsPart = relationship.target;
    }
    if (workbook.sharedStringsPart.isEmpty() && hasPart(archive, directory + u"/sharedStrings.xml"_s))
        workbook.sharedStringsPart = directory + u"/sharedStrings.xml"_s;
    return workbook;
}

bool isWorksheet(const Workbook &workbook, const SheetEntry &sheet)
{
    const auto relationship = workbook.relationships.constFind(sheet.relationshipId);
    return relationship != workbook.relationships.constEnd() && relationship->type.endsWith(u"/worksheet"_s);
}

QStringList worksheetNames(const Workbook &workbook)
{
    QStringList names;
    for (const SheetEntry &sheet : workbook.sheets) {
        if (isWorksheet(workbook, sheet))
            names.append(sheet.name);
    }
    return names;
}

namespace {

bool isAsciiHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

// OOXML writes characters XML cannot hold as _xHHHH_ (Excel: CR as _x000D_);
// controls other than tab, LF and CR are dropped once decoded, as the writer does.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            const QStringView digits = QStringView(text).mid(i + 2, 4);
            const bool hex = std::all_of(digits.begin(), digits.end(), [](QChar c) { return isAsciiHexDigit(c); });
            if (hex) {
                const ushort code = digits.toUShort(nullptr, 16);
                if (code >= 0x20 || code == u'\t' || code == u'\n' || code == u'\r')
                    out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// The text of an <si> or <is> just started: its <t>, or the <t> of every run <r>;
// phonetic guides (<rPh>) are not part of the value.
std::optional<QString> readRichText(XlsxPart &part)
{
    QString text;
    int depth = 0;
    for (;;) {
        switch (part.next()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() == u"t"_s) {
                std::optional<QString> run = part.elementText(XlsxReader::maxTextLength - text.size());
                if (!run)
                    return std::nullopt;
                text += *run;
            } else if (part.xml().name() == u"rPh"_s) {
                if (!part.skipElement())
                    return std::nullopt;
            } else {
                ++depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth-- == 0)
                return decodeEscapes(text);
            break;
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::EndDocument:
            return std::nullopt;
        default:
            break;
        }
    }
}

Result<QStringList> readSharedStrings(Archive &archive, const QString &partName)
{
    QStringList strings;
    if (partName.isEmpty() || !hasPart(archive, partName))
        return strings;
    XlsxPart part(archive.zip, &archive.budget);
    if (Status opened = openPart(archive, part, partName); !opened)
        return Error{opened.error()};
    bool tooMany = false;
    Status done = readDocument(archive, part, [&](int *consumed) {
        if (part.xml().name() != u"si"_s)
            return true;
        if (strings.size() >= XlsxReader::maxCells) {
            tooMany = true;
            return false;
        }
        std::optional<QString> text = readRichText(part);
        if (!text)
            return false;
        strings.append(*text);
        *consumed = 1;
        return true;
    });
    if (tooMany)
        return fail(XlsxReader::tr("%1: the workbook holds more than %Ln text(s), more than can be imported.", nullptr,
                                   int(XlsxReader::maxCells))
                        .arg(archive.fileName));
    if (!done)
        return Error{done.error()};
    return strings;
}

} // namespace k12::xlsx
