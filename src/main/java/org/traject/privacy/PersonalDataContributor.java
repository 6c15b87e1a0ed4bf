package org.traject.privacy;

import java.util.List;
import java.util.Set;

/**
 * A module's share of a person's data, implemented by every module that stores anything
 * about a person (in its own {@code internal} package). The privacy module collects the
 * parts into the person's export and calls every contributor, in {@link #order()}, in one
 * transaction when the person is erased.
 * <p>
 * A contributor names the tables it answers for ({@link #tables()}): a test fails when a
 * table with a person id column (or a reference to {@code person}) is named by none.
 */
public interface PersonalDataContributor {

	/**
	 * The part's name: the JSON file's name in the export ({@code <part>.json}) and the
	 * message key of its title ({@code privacy.part.<part>}); lower case, no spaces.
	 */
	String part();

	/** The tables this contributor exports from and erases in. */
	Set<String> tables();

	/** Everything this module holds about the person, for their own copy. */
	PersonalData export(DataSubject subject);

	/**
	 * What must be kept when the person is erased, with the reason; empty by default.
	 */
	default List<LegalHold> legalHolds(DataSubject subject) {
		return List.of();
	}

	/**
	 * Deletes or anonymises what this module holds about the person, in the caller's
	 * transaction. Figures for reports (an enrolment, an attendance, a completion) stay,
	 * attached to no name; names, addresses, free text, answers and files go.
	 */
	void erase(DataSubject subject);

	/**
	 * Erasure runs contributors from low to high; the account itself goes last, since
	 * others may still need the person's address.
	 */
	default int order() {
		return 100;
	}

}
