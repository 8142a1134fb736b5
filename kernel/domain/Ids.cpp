#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace k12 {

namespace {
// Namespace UUID for K12 Teacher's name-based ids (generated once, never change).
const QUuid kNamespace = QUuid::fromString(u"6b3a1f52-3c1e-4d6b-9a57-2b8e410fd793");
} // namespace

QString newId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xffff'ffff'ffffULL;
    // The process-wide generator is seeded from the system's entropy once;
    // these ids need to be unique, not secret.
    const quint64 a = QRandomGenerator::global()->generate64();
    const quint64 b = QRandomGenerator::global()->generate64();
    const QUuid id(uint(ms >> 16), ushort(ms & 0xffff), ushort(0x7000 | (a & 0x0fff)), // version 7
                   uchar(0x80 | ((a >> 12) & 0x3f)),                                   // variant 10
                   uchar(b), uchar(b >> 8), uchar(b >> 16), uchar(b >> 24), uchar(b >> 32), uchar(b >> 40),
                   uchar(b >> 48));
    return id.toString(QUuid::WithoutBraces);
}

QString pairId(const QString &kind, const QString &first, const QString &second)
{
    const QString name = kind + u'/' + first + u'/' + second;
    const QUuid hashed = QUuid::createUuidV5(kNamespace, name.toUtf8());
    const QUuid prefix = QUuid::fromString(first);
    // data1 + data2: the first 48 bits; data3's top nibble is the version.
    const QUuid id(prefix.isNull() ? hashed.data1 : prefix.data1, prefix.isNull() ? hashed.data2 : prefix.data2,
                   ushort(0x8000 | (hashed.data3 & 0x0fff)), hashed.data4[0], hashed.data4[1], hashed.data4[2],
                   hashed.data4[3], hashed.data4[4], hashed.data4[5], hashed.data4[6], hashed.data4[7]);
    return id.toString(QUuid::WithoutBraces);
}

bool isId(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace k12
