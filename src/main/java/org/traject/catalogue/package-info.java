/**
 * The catalogue: programmes, their modules ({@link org.traject.catalogue.ProgrammeModule}), accreditation and contacts,
 * the public catalogue with full-text search, and the programme pages. The facade {@link org.traject.catalogue.Catalogue}
 * is what other modules use; they contribute blocks to a programme page through {@link org.traject.catalogue.ProgrammePageSection}.
 * <p>
 * Published view (read-only, V130): {@code programme_report} — each programme's title, language, sectors and status.
 */
@NullMarked
package org.traject.catalogue;

import org.jspecify.annotations.NullMarked;
