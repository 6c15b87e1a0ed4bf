package org.traject.materials;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A material as lists show it.
 *
 * @param cohortId null for a material of the whole programme
 * @param url the link, or null for a file
 * @param fileName the file's name, or null for a link
 * @param handInBy for pre-work: the day by which a file is to be handed in
 */
public record MaterialView(long id, long programmeId, @Nullable Long cohortId, String title, String neededWhen,
		@Nullable String url, @Nullable String fileName, @Nullable Long fileSize, @Nullable LocalDate handInBy) {

	public boolean isFile() {
		return fileName != null;
	}

	public boolean asksHandIn() {
		return handInBy != null;
	}

}
