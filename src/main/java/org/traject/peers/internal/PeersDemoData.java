package org.traject.peers.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.traject.peers.PeerSector;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.SupportedLanguages;

/**
 * Three peer supporters: the demo coach (coach@traject.test, twenty years a school leader
 * before he coached), a Dutch secondary-school rector and a Danish school leader, so that
 * the directory has something to filter and the supporter's pages have someone to show
 * them to. Idempotent: a listed supporter is left alone.
 */
@Component
@Order(75)
@ConditionalOnBooleanProperty(name = "traject.demo-data", matchIfMissing = true)
class PeersDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PeersDemoData.class);

	private final People people;

	private final PeerSupporters supporters;

	PeersDemoData(People people, PeerSupporters supporters) {
		this.people = people;
		this.supporters = supporters;
	}

	@Override
	public void run(ApplicationArguments args) {
		var coach = people.findByEmail("coach@traject.test");
		if (coach.isEmpty() || supporters.isSupporter(coach.get().id())) {
			return;
		}
		supporter("coach@traject.test", PeerSector.PRIMARY, 20, List.of("Leiderschap", "Teamontwikkeling"),
				"Twintig jaar directeur van een basisschool in Utrecht; nu coach. Vraag mij gerust iets over uw eerste jaar.");
		people.ensureAccount("marieke.devries@traject.test", "Marieke de Vries", Locale.forLanguageTag("nl"),
				"traject-demo", Set.of(Role.PARTICIPANT), "Stedelijk Lyceum Zwolle", "Rector");
		supporter("marieke.devries@traject.test", PeerSector.SECONDARY, 12,
				List.of("Financiën", "Medezeggenschap", "Teamontwikkeling"),
				"Rector van een scholengemeenschap met 1400 leerlingen. Ik denk graag mee over begroting en MR.");
		people.ensureAccount("soren.lund@traject.test", "Søren Lund", SupportedLanguages.DANISH, "traject-demo",
				Set.of(Role.PARTICIPANT), "Nørrebro Skole", "Skoleleder");
		supporter("soren.lund@traject.test", PeerSector.PRIMARY, 9, List.of("Forældresamarbejde", "Ny leder"),
				"Skoleleder i København siden 2016. Jeg sparrer gerne om forældresamarbejde og det første år som leder.");
		log.info("Demo peer supporters ready");
	}

	private void supporter(String email, PeerSector sector, int years, List<String> themes, String about) {
		long id = supporters.list(email);
		var current = supporters.find(id).orElseThrow();
		supporters.save(id, new PeerSupporters.ProfileChange(sector, years, themes, about, false, current.version()));
	}

}
