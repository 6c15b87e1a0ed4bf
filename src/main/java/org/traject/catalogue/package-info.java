/**
 * The catalogue: programmes, their modules, accreditation and contacts, the public
 * catalogue with full-text search, and the programme pages. The top-level package is the
 * module's API: the facade {@link org.traject.catalogue.Catalogue} (programmes as
 * read-only views, by id), the facade {@link org.traject.catalogue.ProgrammeImport}
 * (programmes written as an administrator writes them, for imports and the demo data),
 * the value types those carry, and the SPI
 * {@link org.traject.catalogue.ProgrammePageSection} through which other modules
 * contribute blocks to a programme page. The implementation is in {@code internal}, the
 * pages in {@code web}.
 * <p>
 * Published to other modules' SQL: the read-only view {@code programme_listing}
 * (migration {@code V120}): a programme's name, address, language, status and competency
 * profile. No other module's SQL names the catalogue's tables
 * ({@code CrossModuleSqlTest}).
 * <p>
 * Published view (read-only, V130): {@code programme_report} — each programme's title,
 * language, sectors and status.
 */
@ApplicationModule(allowedDependencies = { "competencies", "web" })
@NullMarked
package org.traject.catalogue;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
