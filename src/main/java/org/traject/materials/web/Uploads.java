package org.traject.materials.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.traject.materials.internal.MaterialStore;
import org.traject.web.UploadedFiles;

/**
 * Checks an uploaded file as a plan's evidence and a group's product are checked
 * ({@link UploadedFiles}): type by extension, size.
 */
final class Uploads {

	private Uploads() {
	}

	/** What is wrong with the file, as a message key; null when it is acceptable. */
	static @Nullable String problem(MultipartFile file) {
		return UploadedFiles.problem(file, "materials.file.type", "materials.file.size");
	}

	/** The checked file (call {@link #problem} first). */
	static MaterialStore.Upload of(MultipartFile file) {
		var accepted = UploadedFiles.read(file);
		return new MaterialStore.Upload(accepted.name(), accepted.contentType(), accepted.content());
	}

	static boolean given(@Nullable MultipartFile file) {
		return file != null && !file.isEmpty();
	}

}
