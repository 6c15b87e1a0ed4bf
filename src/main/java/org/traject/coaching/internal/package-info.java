/**
 * Coach profiles, availability, appointments and entitlements: SQL, rules and emails.
 */
@NullMarked
package org.traject.coaching.internal;

import org.jspecify.annotations.NullMarked;
