package org.traject.development.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.development.internal.Plans;
import org.traject.people.CurrentUser;

/**
 * An evidence file, for the plan's owner and the people it is shared with; for anyone
 * else it does not exist. Always an attachment with the content type from the allow-list,
 * so a browser never renders an uploaded file in our origin.
 */
@Controller
class EvidenceController {

	private final Plans plans;

	EvidenceController(Plans plans) {
		this.plans = plans;
	}

	@GetMapping("/my/evidence/{id}")
	ResponseEntity<byte[]> file(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var file = plans.evidenceFile(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.cacheControl(CacheControl.noStore())
			.body(file.data());
	}

}
