package org.traject.groups.web;

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
		return UploadedFiles.problem(file, "groups.product.file.type", "groups.product.file.size");
	}

	/** The checked file (call {@link #problem} first). */
	static ProjectWork.Upload of(MultipartFile file) {
		var accepted = UploadedFiles.read(file);
		return new ProjectWork.Upload(accepted.name(), accepted.contentType(), accepted.content());
	}

	static ResponseEntity<byte[]> download(ProjectWork.StoredFile file) {
		return Download.attachment(file.data(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

}
