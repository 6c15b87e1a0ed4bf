/**
 * Accounts, persons, organisations and roles. The top-level package is the module's API: {@link org.traject.people.People}
 * (the facade), {@link org.traject.people.CurrentUser} (the signed-in principal) and {@link org.traject.people.Role}.
 */
@NullMarked
package org.traject.people;

import org.jspecify.annotations.NullMarked;
