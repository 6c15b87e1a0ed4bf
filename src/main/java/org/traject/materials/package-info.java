/**
 * Materials and pre-work: files and links per programme (for every cohort) or per cohort,
 * each with a note on when it is needed; a pre-work item also asks each participant to
 * hand in a file before a day, and the course secretary sees who did.
 * <p>
 * Participants with a confirmed place see them on {@code /my} and download them there;
 * the confirmation and reminder emails list them ({@link org.traject.materials.Materials}
 * is what the notifications and agenda modules ask). Uploads are checked as a plan's
 * evidence is ({@code web.UploadedFiles}: size, type by extension from an allow-list) and
 * always served as attachments.
 */
@ApplicationModule(allowedDependencies = { "catalogue", "cohorts", "people", "privacy", "web" })
@NullMarked
package org.traject.materials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
