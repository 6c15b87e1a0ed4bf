package org.traject.people;

import java.util.Map;

/**
 * A block on the signed-in person's account page ({@code /my/account}), contributed by
 * the module that owns what it shows (reminder settings, the calendar address), so the
 * people module depends on none of them. Shown in {@link #order()} below the passkeys.
 */
public interface AccountPageSection {

	/** Template and fragment name, e.g. {@code agenda/account :: reminders}. */
	String fragment();

	/** The model the fragment needs, for this person. */
	Map<String, Object> model(CurrentUser user);

	default int order() {
		return 100;
	}

}
