package org.traject.privacy;

import java.util.List;
import java.util.Map;

/**
 * A module's part of a person's data: a tree of maps, lists and plain values that becomes
 * one JSON file of the export, plus any files the person gave (evidence), stored beside
 * it in the archive.
 *
 * @param data maps, lists, strings, numbers, booleans, dates and times; keys are the
 * field names the person reads in the JSON
 * @param files files to put in the archive under {@code <part>/}
 */
public record PersonalData(Map<String, Object> data, List<File> files) {

	public static PersonalData of(Map<String, Object> data) {
		return new PersonalData(data, List.of());
	}

	/** A file for the archive: its name (unique within the part) and its bytes. */
	public record File(String name, byte[] content) {
	}

}
