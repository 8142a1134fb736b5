#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace k12 {

// Ready-made sets of grading categories a new teacher can start from (and
// edit): name and weight in percent. A template without weights grades by
// total points.
class CategoryTemplate
{
    Q_DECLARE_TR_FUNCTIONS(k12::CategoryTemplate)

public:
    QString name;
    QList<std::pair<QString, double>> categories;
    bool weighted = true;

    static QList<CategoryTemplate> all();
};

} // namespace k12
