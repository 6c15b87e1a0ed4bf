package org.traject.demo.internal;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.Organisations;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.SupportedLanguages;

/**
 * Organisations for the demo, from the seeds: UN1EK (seed 000's board, born of Stichting
 * Meervoud and Stichting Kinderopvang Vlaardingen, whose names are its aliases) with its
 * HR adviser {@code hr@traject.test} as contact and the demo participant as a member; the
 * partnerships of seed 004; a school and a Danish municipality. Creating an organisation
 * or an alias matches the people whose free-text organisation reads so, as a sign-up
 * does, so the delivery step's "Stichting Meervoud" people become members of UN1EK. The
 * last step, as it was the last runner. Idempotent (nothing happens once UN1EK exists).
 */
@DemoStep
class DemoOrganisations {

	static final String CONTACT = "hr@traject.test";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

	private final Organisations organisations;

	private final People people;

	DemoOrganisations(Organisations organisations, People people) {
		this.organisations = organisations;
		this.people = people;
	}

	void create() {
		if (organisations.findByName("UN1EK").isPresent()) {
			return;
		}
		people.ensureAccount(CONTACT, "Hanneke Ros", SupportedLanguages.DUTCH, DemoAccounts.PASSWORD,
				Set.of(Role.PARTICIPANT), "UN1EK", "HR-adviseur");
		long un1ek = organisations.create(new OrganisationDetails("UN1EK", OrganisationKind.SCHOOL_BOARD,
				EnumSet.of(OrganisationSector.CHILDCARE, OrganisationSector.PRIMARY,
						OrganisationSector.INTEGRATED_CHILD_CENTRE),
				"Westhavenkade 1", "3131 AA", "Vlaardingen", "NL", "info@un1ek.example", null));
		organisations.addAlias(un1ek, "Stichting Meervoud");
		organisations.addAlias(un1ek, "Stichting Kinderopvang Vlaardingen");
		organisations.addContact(un1ek, CONTACT, "HR-adviseur");
		organisations.addMember(un1ek, "participant@traject.test");
		organisations.create(new OrganisationDetails("Opleidingsschool IJssel-Veluwe", OrganisationKind.PARTNERSHIP,
				EnumSet.of(OrganisationSector.PRIMARY, OrganisationSector.SECONDARY, OrganisationSector.VOCATIONAL),
				null, null, "Zwolle", "NL", null, null));
		organisations.create(new OrganisationDetails("Opleidingsnetwerk Samen Opleiden", OrganisationKind.PARTNERSHIP,
				EnumSet.of(OrganisationSector.PRIMARY, OrganisationSector.SECONDARY), null, null, "Utrecht", "NL", null,
				null));
		organisations.create(new OrganisationDetails("Calandlyceum", OrganisationKind.SCHOOL,
				EnumSet.of(OrganisationSector.SECONDARY), "Pieter Calandlaan 182", "1069 KC", "Amsterdam", "NL", null,
				null));
		organisations.create(new OrganisationDetails("Aarhus Kommune, Børn og Unge", OrganisationKind.MUNICIPALITY,
				EnumSet.of(OrganisationSector.CHILDCARE, OrganisationSector.PRIMARY), null, "8000", "Aarhus C", "DK",
				null, null));
		log.info("Demo organisations ready (contact {} with password '{}')", CONTACT, DemoAccounts.PASSWORD);
	}

}
