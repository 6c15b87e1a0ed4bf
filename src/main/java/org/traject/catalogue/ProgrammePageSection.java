package org.traject.catalogue;

import java.util.Map;

/**
 * A block on a public programme page contributed by another module (the cohorts module
 * shows upcoming cohorts and sign-up buttons this way), so the catalogue depends on none
 * of them.
 */
public interface ProgrammePageSection {

	/** Template and fragment name, e.g. {@code cohorts/programme :: upcoming}. */
	String fragment();

	/**
	 * The model the fragment needs for this programme; must cost a fixed number of SQL
	 * statements.
	 */
	Map<String, Object> model(Catalogue.ProgrammeView programme);

	default int order() {
		return 100;
	}

}
