#pragma once

#include "Repository.h"
#include "kernel/domain/Entities.h"

// Repositories of entities that need nothing beyond the generic operations.
// Entities with their own queries have a class of their own next to this file.

namespace k12 {

using EnrollmentRepository = Repository<Enrollment>;
using GradingPeriodRepository = Repository<GradingPeriod>;
using StandardRepository = Repository<Standard>;
using AssignmentStandardRepository = Repository<AssignmentStandard>;
using MasteryScoreRepository = Repository<MasteryScore>;
using UnitPlanRepository = Repository<UnitPlan>;
using LessonRepository = Repository<Lesson>;

} // namespace k12
