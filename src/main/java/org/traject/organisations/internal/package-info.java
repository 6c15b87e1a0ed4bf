/**
 * Organisations, their names and aliases, members and contacts, merging duplicates,
 * matching a sign-up's free-text organisation, the contact's and the manager's views;
 * only this module uses it.
 */
@NullMarked
package org.traject.organisations.internal;

import org.jspecify.annotations.NullMarked;
