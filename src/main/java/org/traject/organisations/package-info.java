/**
 * Client organisations: school boards, schools, municipalities, childcare organisations
 * and partnerships of schools that send participants or buy in-company tracks. The
 * top-level package is the module's API: the facade
 * {@link org.traject.organisations.Organisations} (a person's organisations, by person
 * id; and, for the demo data, writing organisations as a secretary does) and the value
 * types it carries. The implementation (organisations, their names and aliases, members,
 * contacts, merging, matching a sign-up's free-text organisation, what a contact and a
 * manager may see) is in {@code internal}; the secretary's pages, the contact's page and
 * the manager's page in {@code web}.
 * <p>
 * Depends on people (persons by id and email) and cohorts (the sign-up events it listens
 * for); neither depends on it. It reads other modules' data only through their facades
 * and the views they publish: {@code person_directory}; {@code enrolment_report},
 * {@code cohort_report}, {@code enrolment_approval}, {@code enrolment_place};
 * {@code programme_report}; {@code completion_report}; {@code plan_share_directory}.
 * <p>
 * Published views (read-only, V340): {@code organisation_report} — every organisation not
 * merged away, with kind and sectors; {@code organisation_member_report} — who belongs to
 * which organisation now.
 */
@ApplicationModule(allowedDependencies = { "cohorts", "people", "privacy", "web" })
@NullMarked
package org.traject.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
