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

	/**
	 * A section that is only a way in (links, no figures): the same for everyone with the
	 * role, so it costs no query.
	 */
	static StartPageSection link(Role role, String fragment, int order) {
		return new Link(role, fragment, order);
	}

	/** See {@link #link}. */
	record Link(Role role, String fragment, int order) implements StartPageSection {

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of();
		}

	}

}
