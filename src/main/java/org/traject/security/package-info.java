/**
 * The SecurityFilterChain and what it needs: form login, login throttling, security
 * headers, route rules. Shared infrastructure rather than a business module: no module
 * depends on it, and it reads only the people module's API (the signed-in principal and
 * roles). It stays one flat package plus its login page in {@code web}; there is no model
 * to hide in an {@code internal} package.
 */
@ApplicationModule(allowedDependencies = "people")
@NullMarked
package org.traject.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
