package org.traject.competencies.internal;

import java.util.Map;

/** The profile-level fields of a version: default language and the texts per language. */
public record ProfileDetails(String defaultLanguage, Map<String, ProfileText> texts) {
}
