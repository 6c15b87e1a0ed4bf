/**
 * Shared web infrastructure: the page layout's model, languages, message bundles, htmx
 * support and error pages. Other modules' controllers use it; it uses no other module. It
 * is shared infrastructure rather than a business module, so its whole top-level package
 * is its API, and every module that has pages lists it among its allowed dependencies.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.traject.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
