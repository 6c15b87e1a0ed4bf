/**
 * Privacy: a person's own data on request (GDPR art. 15 and 20), erasure that keeps the
 * statistics (art. 17), legal holds and retention. The top-level package is the module's
 * API: the SPI {@link org.traject.privacy.PersonalDataContributor}, which every module
 * that holds data about a person implements in its own {@code internal} package, and the
 * value types it speaks in ({@link org.traject.privacy.DataSubject},
 * {@link org.traject.privacy.PersonalData}, {@link org.traject.privacy.LegalHold}).
 * <p>
 * Those modules depend on privacy, so privacy depends on none of them: it only knows the
 * people module (the account itself, which it exports and erases through the
 * {@link org.traject.people.People} facade) and the shared web infrastructure. A test
 * ({@code PersonalDataCoverageTest}) fails when a table holding a person id is claimed by
 * no contributor, so a new module cannot forget.
 * <p>
 * The implementation (the export archive and the job that builds it, the erasure, the
 * requests and their log, the retention jobs) is in {@code internal}, the participant's
 * and the administrator's pages (including the statements' editor) in {@code web}. The
 * statements themselves ({@link org.traject.privacy.Statements}) are API: the sign-up
 * records which version of the privacy statement it linked to.
 */
@ApplicationModule(allowedDependencies = { "people", "web" })
@NullMarked
package org.traject.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
