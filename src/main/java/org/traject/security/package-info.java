/**
 * The SecurityFilterChain and what it needs: form login, login throttling, security headers, route rules.
 */
@NullMarked
package org.traject.security;

import org.jspecify.annotations.NullMarked;
