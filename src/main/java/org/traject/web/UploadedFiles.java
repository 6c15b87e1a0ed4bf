package org.traject.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Which files people may upload (a plan's evidence, a programme's materials, a hand-in),
 * and the content type each is served with. The type comes from this list (by extension),
 * never from the uploading browser, and files are always served as attachments.
 */
public final class UploadedFiles {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
			Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("txt", "text/plain"),
			Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("ppt", "application/vnd.ms-powerpoint"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
			Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

	private UploadedFiles() {
	}

	/** An accepted upload: its safe name, the type it is served with, its content. */
	public record Accepted(String name, String contentType, byte[] content) {
	}

	/**
	 * What is wrong with an uploaded file, as the caller's message key: {@code typeKey}
	 * when files of its name are not accepted, {@code sizeKey} when it is larger than
	 * {@link #MAX_BYTES}; null when it is acceptable.
	 */
	public static @Nullable String problem(MultipartFile file, String typeKey, String sizeKey) {
		if (contentType(nameOf(file)) == null) {
			return typeKey;
		}
		if (file.getSize() > MAX_BYTES) {
			return sizeKey;
		}
		return null;
	}

	/** The uploaded file's safe name, type and content (call {@link #problem} first). */
	public static Accepted read(MultipartFile file) {
		String name = nameOf(file);
		try {
			return new Accepted(name, String.valueOf(contentType(name)), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String nameOf(MultipartFile file) {
		return safeName(String.valueOf(file.getOriginalFilename()));
	}

	/**
	 * The content type to serve a file with that name, or null when such files are not
	 * accepted.
	 */
	public static @Nullable String contentType(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * The type of an image told by its first bytes (PNG, JPEG, GIF or WebP), or null when
	 * the content is none of these, whatever the file is called. SVG is never an image
	 * here: it may carry script.
	 */
	public static @Nullable String imageType(byte[] content) {
		if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(content, 0, 'G', 'I', 'F', '8') && content.length > 5 && (content[4] == '7' || content[4] == '9')
				&& content[5] == 'a') {
			return "image/gif";
		}
		if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		return null;
	}

	private static boolean startsWith(byte[] content, int offset, int... expected) {
		if (content.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((content[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	/** The last path segment, without control characters, at most 200 characters. */
	public static String safeName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "file" : name;
	}

}
