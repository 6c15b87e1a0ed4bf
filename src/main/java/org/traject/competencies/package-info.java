/**
 * Versioned competency profiles: a proficiency scale, clusters, competencies with
 * behavioural indicators and the target level a role asks for. The top-level package is
 * the module's API: {@link org.traject.competencies.CompetencyProfiles} (read-only access
 * for other modules), the SPI {@link org.traject.competencies.ProfileUsage} and the event
 * {@link org.traject.competencies.ProfileVersionPublished}, and
 * {@link org.traject.competencies.ProfileImport} with its exchange format
 * {@link org.traject.competencies.ProfileDocument}, which writes profiles by ids for
 * imports and the demo data. The implementation is in {@code internal}, the editor,
 * profile pages and start-page section in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "people", "privacy", "web" })
@NullMarked
package org.traject.competencies;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
