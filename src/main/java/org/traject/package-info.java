/**
 * Traject: a portal for leadership development programmes. Each direct sub-package is an
 * application module.
 */
@NullMarked
package org.traject;

import org.jspecify.annotations.NullMarked;
