package org.traject.notifications;

import java.util.Arrays;

/**
 * A file sent with an email, e.g. a calendar invitation. Held in the outbox until
 * delivered.
 */
public record Attachment(String fileName, String contentType, byte[] content) {

	public Attachment {
		if (fileName.isBlank() || contentType.isBlank()) {
			throw new IllegalArgumentException("An attachment needs a file name and a content type");
		}
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment a && a.fileName.equals(fileName) && a.contentType.equals(contentType)
				&& Arrays.equals(a.content, content);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * fileName.hashCode() + contentType.hashCode()) + Arrays.hashCode(content);
	}

	@Override
	public String toString() {
		return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
	}
}
