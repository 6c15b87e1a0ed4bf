package org.traject.competencies;

/** A published profile version for a select list: "Directeur IKC (version 2)". */
public record ProfileOption(long versionId, long profileId, String name, int number, String language) {
}
