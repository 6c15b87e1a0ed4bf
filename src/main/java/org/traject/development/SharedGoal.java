package org.traject.development;

/**
 * A goal of a participant's plan as a coach it is shared with may link it to a held
 * coaching appointment.
 *
 * @param language the language the plan's owner writes in, for the {@code lang} of the
 * title
 * @param linked whether the goal is already linked to the appointment asked about
 */
public record SharedGoal(long id, String title, String language, boolean linked) {
}
