/**
 * The catalogue's model (programmes, modules, contacts), search and editing; only this
 * module uses it.
 */
@NullMarked
package org.traject.catalogue.internal;

import org.jspecify.annotations.NullMarked;
