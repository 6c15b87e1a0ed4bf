package org.traject.demo.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Writes the demo data at start-up, step after step in the order below: each step may
 * need what an earlier one made. Every step is idempotent, so a restart adds only what is
 * missing. Off in the {@code prod} profile ({@code traject.demo-data=false}).
 * <p>
 * Runs after the first administrator ({@code BootstrapAdministrator}, order 5) and before
 * the demo runners that still live in their modules (cohorts 40, development 50, delivery
 * 60, coaching and organisations 70): they need these accounts, programmes and cohorts. A
 * step is placed here by what it needs, not by the number its runner had: the peer
 * supporters (once at 75) need only the demo coach, the route map and its partnership
 * (once at 60) only their own accounts, the competency profiles (once at 40) nothing,
 * their links to the programmes (once at 45) the programmes and the profiles. See
 * docs/notes-demo.md for why the others are not here yet.
 */
@DemoStep
@Order(10)
class DemoData implements ApplicationRunner {

	private final DemoAccounts accounts;

	private final DemoProgrammes programmes;

	private final DemoCohorts cohorts;

	private final DemoPeers peers;

	private final DemoRouteMaps routeMaps;

	private final DemoProfiles profiles;

	private final DemoProfileLinks profileLinks;

	DemoData(DemoAccounts accounts, DemoProgrammes programmes, DemoCohorts cohorts, DemoPeers peers,
			DemoRouteMaps routeMaps, DemoProfiles profiles, DemoProfileLinks profileLinks) {
		this.accounts = accounts;
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.peers = peers;
		this.routeMaps = routeMaps;
		this.profiles = profiles;
		this.profileLinks = profileLinks;
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.create();
		programmes.create();
		cohorts.create();
		peers.create();
		routeMaps.create();
		profiles.create();
		profileLinks.create();
	}

}
