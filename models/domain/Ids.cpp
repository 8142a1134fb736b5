#include "Ids.h"

#include <QUuid>

namespace k12 {

namespace {
// Namespace UUID for K12 Teacher's name-based ids (generated once, never change).
const QUuid kNamespace = QUuid::fromString(u"6b3a1f52-3c1e-4d6b-9a57-2b8e410fd793");
} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString pairId(const QString &kind, const QString &first, const QString &second)
{
    const QString name = kind + u'/' + first + u'/' + second;
    return QUuid::createUuidV5(kNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

bool isId(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace k12
