package org.traject.cohorts.internal;

/**
 * The participant's own manager, who approves the enrolment when the programme asks for
 * it.
 */
public record Manager(String name, String email) {
}
