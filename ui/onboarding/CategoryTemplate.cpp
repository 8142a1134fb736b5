#include "CategoryTemplate.h"

namespace k12 {

QList<CategoryTemplate> CategoryTemplate::all()
{
    // The first one is the default: the most common split in US middle and high schools.
    return {
        {tr("Homework 20% · Quizzes 30% · Tests 50%"),
         {{tr("Homework"), 20}, {tr("Quizzes"), 30}, {tr("Tests"), 50}},
         true},
        {tr("Classwork 30% · Homework 20% · Tests 50%"),
         {{tr("Classwork"), 30}, {tr("Homework"), 20}, {tr("Tests"), 50}},
         true},
        {tr("Formative 40% · Summative 60%"), {{tr("Formative"), 40}, {tr("Summative"), 60}}, true},
        {tr("Total points (no weights)"), {{tr("Homework"), 0}, {tr("Quizzes"), 0}, {tr("Tests"), 0}}, false},
    };
}

} // namespace k12
