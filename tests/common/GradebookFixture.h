#pragma once

#include "TestSupport.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

namespace k12::test {

// A small class for gradebook tests: students Adams, Baker, Clark (numbers
// 101, 102, 103), categories Homework (40) and Tests (60), assignments
// HW1 (10), HW2 (10), Test (50), in grid order.
struct GradebookFixture
{
    TempProfile profile;
    QString classId;
    QString homework;
    QString tests;
    QStringList students;    // in grid order
    QStringList assignments; // in grid order

    GradebookFixture()
    {
        using namespace Qt::Literals::StringLiterals;
        Store &s = profile.store();
        SchoolClass c;
        c.name = u"Biology"_s;
        classId = *ClassRepository(s).create(c, u"x"_s);
        Category hw;
        hw.classId = classId;
        hw.name = u"Homework"_s;
        hw.weight = 40;
        homework = *CategoryRepository(s).create(hw, u"x"_s);
        Category t = hw;
        t.id.clear();
        t.name = u"Tests"_s;
        t.weight = 60;
        t.position = 1;
        tests = *CategoryRepository(s).create(t, u"x"_s);
        QList<Student> roster;
        int number = 101;
        for (const QString &family : {u"Adams"_s, u"Baker"_s, u"Clark"_s}) {
            Student st;
            st.givenName = u"Sam"_s;
            st.familyName = family;
            st.studentNumber = QString::number(number++);
            roster.append(st);
        }
        (void)StudentRepository(s).enroll(roster, classId, u"x"_s);
        for (const Student &st : StudentRepository(s).enrolledIn(classId))
            students.append(st.id);
        int position = 0;
        for (const auto &[title, points, category] :
             {std::tuple{u"HW1"_s, 10.0, homework}, std::tuple{u"HW2"_s, 10.0, homework},
              std::tuple{u"Test"_s, 50.0, tests}}) {
            Assignment a;
            a.classId = classId;
            a.title = title;
            a.pointsPossible = points;
            a.categoryId = category;
            a.position = position++;
            assignments.append(*AssignmentRepository(s).create(a, u"x"_s));
        }
    }

    Score score(int student, int assignment)
    {
        return ScoreRepository(profile.store()).scoreFor(classId, assignments.at(assignment), students.at(student));
    }
};

} // namespace k12::test
