package org.traject.demo.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.traject.peers.PeerSector;
import org.traject.peers.PeerSupporterSetup;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.SupportedLanguages;

/**
 * Three peer supporters: the demo coach (coach@traject.test, twenty years a school leader
 * before he coached), a Dutch secondary-school rector and a Danish school leader, so that
 * the directory has something to filter and the supporter's pages have someone to show
 * them to. Listed and described through {@code PeerSupporterSetup} (the peers' facade),
 * as an administrator lists a supporter and the supporter fills in their profile. Needs
 * only the demo coach's account. Idempotent: nothing happens once the coach is listed.
 */
@DemoStep
class DemoPeers {

	private static final Logger log = LoggerFactory.getLogger(DemoPeers.class);

	private final People people;

	private final PeerSupporterSetup supporters;

	DemoPeers(People people, PeerSupporterSetup supporters) {
		this.people = people;
		this.supporters = supporters;
	}

	void create() {
		var coach = people.findByEmail("coach@traject.test");
		if (coach.isEmpty() || supporters.isSupporter(coach.get().id())) {
			return;
		}
		supporter("coach@traject.test", PeerSector.PRIMARY, 20, List.of("Leiderschap", "Teamontwikkeling"),
				"Twintig jaar directeur van een basisschool in Utrecht; nu coach. Vraag mij gerust iets over uw eerste jaar.");
		people.ensureAccount("marieke.devries@traject.test", "Marieke de Vries", Locale.forLanguageTag("nl"),
				DemoAccounts.PASSWORD, Set.of(Role.PARTICIPANT), "Stedelijk Lyceum Zwolle", "Rector");
		supporter("marieke.devries@traject.test", PeerSector.SECONDARY, 12,
				List.of("Financiën", "Medezeggenschap", "Teamontwikkeling"),
				"Rector van een scholengemeenschap met 1400 leerlingen. Ik denk graag mee over begroting en MR.");
		people.ensureAccount("soren.lund@traject.test", "Søren Lund", SupportedLanguages.DANISH, DemoAccounts.PASSWORD,
				Set.of(Role.PARTICIPANT), "Nørrebro Skole", "Skoleleder");
		supporter("soren.lund@traject.test", PeerSector.PRIMARY, 9, List.of("Forældresamarbejde", "Ny leder"),
				"Skoleleder i København siden 2016. Jeg sparrer gerne om forældresamarbejde og det første år som leder.");
		log.info("Demo peer supporters ready");
	}

	private void supporter(String email, PeerSector sector, int years, List<String> themes, String about) {
		supporters.list(email, sector, years, themes, about);
	}

}
