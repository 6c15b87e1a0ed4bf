/**
 * Shared web infrastructure: the page layout's model, languages, message bundles, htmx support and error pages.
 * Other modules' controllers use it; it uses no other module.
 */
@NullMarked
package org.traject.web;

import org.jspecify.annotations.NullMarked;
