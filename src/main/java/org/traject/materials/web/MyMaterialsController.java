package org.traject.materials.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.traject.materials.internal.MaterialAccess;
import org.traject.materials.internal.MaterialStore;
import org.traject.people.CurrentUser;
import org.traject.web.Download;
import org.traject.web.Flash;

/**
 * A participant's materials: downloading a file, handing in pre-work. A material of a
 * cohort the person has no confirmed place in does not exist for them.
 */
@Controller
class MyMaterialsController {

	private final MaterialAccess access;

	private final MaterialStore store;

	MyMaterialsController(MaterialAccess access, MaterialStore store) {
		this.access = access;
		this.store = store;
	}

	@GetMapping("/my/materials/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var file = access.visible(user.personId(), id)
			.flatMap(m -> store.file(m.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return Download.attachment(file.data(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

	@PostMapping("/my/materials/{id}/hand-in")
	String handIn(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user) {
		var material = access.visible(user.personId(), id)
			.filter(m -> m.asksHandIn())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!Uploads.given(file)) {
			Flash.error("materials.handIn.none");
		}
		else if (Uploads.problem(file) != null) {
			Flash.error(Uploads.problem(file));
		}
		else {
			store.handIn(material.id(), user.personId(), Uploads.of(file));
			Flash.success("materials.handIn.done", material.title());
		}
		return "redirect:/my#material-" + id;
	}

}
