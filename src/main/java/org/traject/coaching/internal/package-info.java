/**
 * Coach profiles, availability, appointments and entitlements: SQL, rules, emails and
 * demo data.
 */
@NullMarked
package org.traject.coaching.internal;

import org.jspecify.annotations.NullMarked;
