package org.traject.demo.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Writes the demo data at start-up, step after step in the order below: each step may
 * need what an earlier one made. Every step is idempotent, so a restart adds only what is
 * missing. Off in the {@code prod} profile ({@code traject.demo-data=false}).
 * <p>
 * The only demo runner. It runs after the first administrator
 * ({@code BootstrapAdministrator}, order 5); the order of the steps is the order of the
 * lines in {@link #run}, placed by what each needs:
 * <ul>
 * <li>accounts, programmes and their cohorts first;</li>
 * <li>peer supporters, the route map, the competency profiles and their links to the
 * programmes need only those;</li>
 * <li>enrolments need the cohorts; development the participant and the "Directeur IKC"
 * profile; delivery's completed cohort and coaching's appointment (the participant's IKC
 * entitlement) need the enrolments;</li>
 * <li>organisations last, as before: UN1EK's name and aliases match the people already
 * signed up (a later sign-up would be matched too), and its contact is the last account
 * made.</li>
 * </ul>
 * Accounts get their ids in this order, so a new step goes where it needs to be, and
 * preferably at the end.
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

	private final DemoEnrolments enrolments;

	private final DemoDevelopment development;

	private final DemoDelivery delivery;

	private final DemoCoaching coaching;

	private final DemoOrganisations organisations;

	DemoData(DemoAccounts accounts, DemoProgrammes programmes, DemoCohorts cohorts, DemoPeers peers,
			DemoRouteMaps routeMaps, DemoProfiles profiles, DemoProfileLinks profileLinks, DemoEnrolments enrolments,
			DemoDevelopment development, DemoDelivery delivery, DemoCoaching coaching,
			DemoOrganisations organisations) {
		this.accounts = accounts;
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.peers = peers;
		this.routeMaps = routeMaps;
		this.profiles = profiles;
		this.profileLinks = profileLinks;
		this.enrolments = enrolments;
		this.development = development;
		this.delivery = delivery;
		this.coaching = coaching;
		this.organisations = organisations;
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
		enrolments.create();
		development.create();
		delivery.create();
		coaching.create();
		organisations.create();
	}

}
