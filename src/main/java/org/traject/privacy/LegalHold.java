package org.traject.privacy;

/**
 * Something an erasure keeps because it must: shown to the administrator before they
 * confirm, and logged.
 *
 * @param reasonKey message key of the reason, e.g. {@code privacy.hold.register}
 * @param what what is kept, as data (a certificate number, a date), never a name
 */
public record LegalHold(String reasonKey, String what) {
}
