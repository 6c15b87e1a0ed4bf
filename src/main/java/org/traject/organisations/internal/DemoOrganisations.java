package org.traject.organisations.internal;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.SupportedLanguages;

/**
 * Organisations for the demo, from the seeds: UN1EK (seed 000's board, born of Stichting
 * Meervoud and Stichting Kinderopvang Vlaardingen, whose names are its aliases) with its
 * HR adviser {@code hr@traject.test} as contact and the demo participant as a member; the
 * partnerships of seed 004; a school and a Danish municipality. Members whose free-text
 * organisation reads as a name or alias join by the same matching as real sign-ups. Runs
 * after the demo enrolments; idempotent (nothing happens once UN1EK exists). Off in the
 * {@code prod} profile.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty(name = "traject.demo-data", matchIfMissing = true)
class DemoOrganisations implements ApplicationRunner {

	static final String CONTACT = "hr@traject.test";

	private static final String PASSWORD = "traject-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

	private final OrganisationDirectory directory;

	private final People people;

	DemoOrganisations(OrganisationDirectory directory, People people) {
		this.directory = directory;
		this.people = people;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.organisationWithKey(NameKey.of("UN1EK")).isPresent()) {
			return;
		}
		people.ensureAccount(CONTACT, "Hanneke Ros", SupportedLanguages.DUTCH, PASSWORD, Set.of(Role.PARTICIPANT),
				"UN1EK", "HR-adviseur");
		long un1ek = directory.create(null,
				new OrganisationDetails("UN1EK", OrganisationKind.SCHOOL_BOARD,
						EnumSet.of(OrganisationSector.CHILDCARE, OrganisationSector.PRIMARY,
								OrganisationSector.INTEGRATED_CHILD_CENTRE),
						"Westhavenkade 1", "3131 AA", "Vlaardingen", "NL", "info@un1ek.example", null));
		directory.addAlias(null, un1ek, "Stichting Meervoud");
		directory.addAlias(null, un1ek, "Stichting Kinderopvang Vlaardingen");
		directory.addContact(null, un1ek, CONTACT, "HR-adviseur");
		directory.addMember(null, un1ek, "participant@traject.test");
		directory.create(null,
				new OrganisationDetails("Opleidingsschool IJssel-Veluwe", OrganisationKind.PARTNERSHIP, EnumSet
					.of(OrganisationSector.PRIMARY, OrganisationSector.SECONDARY, OrganisationSector.VOCATIONAL), null,
						null, "Zwolle", "NL", null, null));
		directory.create(null,
				new OrganisationDetails("Opleidingsnetwerk Samen Opleiden", OrganisationKind.PARTNERSHIP,
						EnumSet.of(OrganisationSector.PRIMARY, OrganisationSector.SECONDARY), null, null, "Utrecht",
						"NL", null, null));
		directory.create(null,
				new OrganisationDetails("Calandlyceum", OrganisationKind.SCHOOL,
						EnumSet.of(OrganisationSector.SECONDARY), "Pieter Calandlaan 182", "1069 KC", "Amsterdam", "NL",
						null, null));
		directory.create(null,
				new OrganisationDetails("Aarhus Kommune, Børn og Unge", OrganisationKind.MUNICIPALITY,
						EnumSet.of(OrganisationSector.CHILDCARE, OrganisationSector.PRIMARY), null, "8000", "Aarhus C",
						"DK", null, null));
		log.info("Demo organisations ready (contact {} with password '{}')", CONTACT, PASSWORD);
	}

}
