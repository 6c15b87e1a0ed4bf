package org.traject.materials.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.traject.materials.internal.MaterialStore;
import org.traject.web.UploadedFiles;

/** Checks an uploaded file as a plan's evidence is checked: type by extension, size. */
final class Uploads {

	private Uploads() {
	}

	/** What is wrong with the file, as a message key; null when it is acceptable. */
	static @Nullable String problem(MultipartFile file) {
		String name = UploadedFiles.safeName(String.valueOf(file.getOriginalFilename()));
		if (UploadedFiles.contentType(name) == null) {
			return "materials.file.type";
		}
		if (file.getSize() > UploadedFiles.MAX_BYTES) {
			return "materials.file.size";
		}
		return null;
	}

	/** The checked file (call {@link #problem} first). */
	static MaterialStore.Upload of(MultipartFile file) {
		String name = UploadedFiles.safeName(String.valueOf(file.getOriginalFilename()));
		try {
			return new MaterialStore.Upload(name, String.valueOf(UploadedFiles.contentType(name)), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean given(@Nullable MultipartFile file) {
		return file != null && !file.isEmpty();
	}

}
