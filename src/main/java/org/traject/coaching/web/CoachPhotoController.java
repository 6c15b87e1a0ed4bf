package org.traject.coaching.web;

import java.time.Duration;
import java.util.NoSuchElementException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.internal.CoachPhotos;
import org.traject.coaching.internal.CoachProfiles;

/**
 * A coach's photo on the public pages of the programmes their published profile serves,
 * with the content type its content showed when it was uploaded. Pages link to it with
 * the time of its last change in the address, so browsers may keep it for a week and
 * revalidate with its ETag.
 */
@Controller
class CoachPhotoController {

	private final CoachPhotos photos;

	private final CoachProfiles profiles;

	private final Catalogue catalogue;

	CoachPhotoController(CoachPhotos photos, CoachProfiles profiles, Catalogue catalogue) {
		this.photos = photos;
		this.profiles = profiles;
		this.catalogue = catalogue;
	}

	@GetMapping("/programmes/{slug}/coaches/{coachId}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable long coachId, WebRequest request) {
		long programme = catalogue.idOfSlug(slug).orElseThrow(() -> new NoSuchElementException("No " + slug));
		profiles.publishedFor(programme, coachId).orElseThrow(() -> new NoSuchElementException("No coach"));
		var found = photos.find(coachId).orElseThrow(() -> new NoSuchElementException("No photo"));
		String etag = "\"" + found.updatedAt().toEpochMilli() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.eTag(etag)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(found.content());
	}

}
