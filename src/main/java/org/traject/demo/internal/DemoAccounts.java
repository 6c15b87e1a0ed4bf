package org.traject.demo.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.SupportedLanguages;

/**
 * One demo account per role (see the README). Idempotent: an account that exists is left
 * as it is.
 */
@DemoStep
class DemoAccounts {

	static final String PASSWORD = "traject-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final People people;

	DemoAccounts(People people) {
		this.people = people;
	}

	void create() {
		people.ensureAccount("admin@traject.test", "Anne de Vries", SupportedLanguages.DUTCH, PASSWORD,
				Set.of(Role.ADMIN), "Traject", "Beheerder");
		people.ensureAccount("secretary@traject.test", "Mette Sørensen", SupportedLanguages.DANISH, PASSWORD,
				Set.of(Role.SECRETARY), "Traject", "Kursussekretær");
		people.ensureAccount("coach@traject.test", "Joost Bakker", SupportedLanguages.DUTCH, PASSWORD,
				Set.of(Role.COACH), "Traject", "Trajectbegeleider");
		people.ensureAccount("participant@traject.test", "Sanne Jansen", SupportedLanguages.ENGLISH, PASSWORD,
				Set.of(Role.PARTICIPANT), "IKC De Regenboog", "Locatieleider");
		people.ensureAccount("manager@traject.test", "Claudia Smit", SupportedLanguages.DUTCH, PASSWORD,
				Set.of(Role.PARTICIPANT), "Stichting Meervoud", "Lid College van Bestuur");
		log.info("Demo accounts ready (password '{}')", PASSWORD);
	}

}
