/**
 * The catalogue's model (programmes, modules, contacts), search, editing and demo data;
 * only this module uses it.
 */
@NullMarked
package org.traject.catalogue.internal;

import org.jspecify.annotations.NullMarked;
