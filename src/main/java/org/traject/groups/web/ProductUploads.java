package org.traject.groups.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.traject.groups.internal.ProjectWork;
import org.traject.web.Download;
import org.traject.web.UploadedFiles;

/**
 * A product's file, checked as a material's file is: type by extension from the shared
 * list, at most {@link UploadedFiles#MAX_BYTES}; served always as an attachment.
 */
final class ProductUploads {

	private ProductUploads() {
	}

	/** What is wrong with the file, as a message key; null when it is acceptable. */
	static @Nullable String problem(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return "groups.product.file.required";
		}
		String name = UploadedFiles.safeName(String.valueOf(file.getOriginalFilename()));
		if (UploadedFiles.contentType(name) == null) {
			return "groups.product.file.type";
		}
		if (file.getSize() > UploadedFiles.MAX_BYTES) {
			return "groups.product.file.size";
		}
		return null;
	}

	/** The checked file (call {@link #problem} first). */
	static ProjectWork.Upload of(MultipartFile file) {
		String name = UploadedFiles.safeName(String.valueOf(file.getOriginalFilename()));
		try {
			return new ProjectWork.Upload(name, String.valueOf(UploadedFiles.contentType(name)), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<byte[]> download(ProjectWork.StoredFile file) {
		return Download.attachment(file.data(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

}
