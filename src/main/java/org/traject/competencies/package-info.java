/**
 * Versioned competency profiles: a proficiency scale, clusters, competencies with
 * behavioural indicators and the target level a role asks for. The top-level package is
 * the module's API: {@link org.traject.competencies.CompetencyProfiles} (read-only access
 * for other modules), the SPI {@link org.traject.competencies.ProfileUsage} and the event
 * {@link org.traject.competencies.ProfileVersionPublished}. Besides, the named interface
 * {@code authoring} ({@code internal.ProfileAuthoring} with the exchange format
 * {@code internal.ProfileDocument}) writes profiles by ids, for the demo data. The
 * implementation is in {@code internal}, the editor, profile pages and start-page section
 * in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "people", "privacy", "web" })
@NullMarked
package org.traject.competencies;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
