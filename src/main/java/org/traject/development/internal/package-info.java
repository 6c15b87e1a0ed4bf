/**
 * The development module's domain, services and read models; used by its own web layer
 * only.
 */
@NullMarked
package org.traject.development.internal;

import org.jspecify.annotations.NullMarked;
