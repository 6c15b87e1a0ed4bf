/**
 * Demo data: the accounts, programmes and the rest that make a fresh Traject show what it
 * does (see the README's demo accounts). The module has no API: nothing depends on it,
 * and it reaches the other modules only through their APIs: the facades in their
 * top-level packages ({@code Cohorts}, {@code DevelopmentImport},
 * {@code DeliveryRecords}, {@code CoachingSetup}, {@code Organisations},
 * {@code ProgrammeImport}, {@code PeerSupporterSetup}, {@code RouteMapSetup},
 * {@code ProfileImport}, …) and the value types they carry. One runner,
 * {@link org.traject.demo.internal.DemoData}, calls its steps in the order they need each
 * other. Off in the {@code prod} profile ({@code traject.demo-data=false}).
 */
@ApplicationModule(allowedDependencies = { "catalogue", "coaching", "cohorts", "competencies", "delivery",
		"development", "organisations", "peers", "people", "routemaps", "web" })
@NullMarked
package org.traject.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
