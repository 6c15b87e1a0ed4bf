/**
 * Demo data: the accounts, programmes and the rest that make a fresh Traject show what it
 * does (see the README's demo accounts). The module has no API: nothing depends on it,
 * and it reaches the other modules only through their APIs (for the catalogue, its named
 * interface {@code authoring}: programmes are written as an administrator writes them;
 * likewise the peer supporters, the route map and the competency profiles through their
 * modules' {@code authoring}). One runner, {@link org.traject.demo.internal.DemoData},
 * calls its steps in the order they need each other. Off in the {@code prod} profile
 * ({@code traject.demo-data=false}).
 */
@ApplicationModule(allowedDependencies = { "catalogue", "catalogue :: authoring", "cohorts", "competencies",
		"competencies :: authoring", "peers", "peers :: authoring", "people", "routemaps :: authoring", "web" })
@NullMarked
package org.traject.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
