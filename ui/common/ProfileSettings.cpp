#include "ProfileSettings.h"

#include "models/store/Store.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QSettings profileSettings(const Store &store)
{
    return QSettings(QDir(store.profileDir()).filePath(u"k12-teacher.ini"_s), QSettings::IniFormat);
}

} // namespace k12
