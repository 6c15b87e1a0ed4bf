package org.traject.people;

import java.util.Map;

/**
 * A block on a role's start page, contributed by the module that owns its content (the
 * people module only lays them out, so it depends on none of them). Sections are shown in
 * {@link #order()}.
 */
public interface StartPageSection {

	/** The role whose start page shows this section. */
	Role role();

	/** Template and fragment name, e.g. {@code cohorts/start :: my-enrolments}. */
	String fragment();

	/** The model the fragment needs, for this person. */
	Map<String, Object> model(CurrentUser user);

	default int order() {
		return 100;
	}

}
