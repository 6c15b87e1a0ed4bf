package org.traject.groups.web;

import java.util.NoSuchElementException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.groups.internal.ProjectWork;

/**
 * A programme's public product library: the products its project groups delivered and a
 * secretary or expert published, with the question, the description and the groups'
 * organisations, never a member's name. Anyone may read it and download the files.
 */
@Controller
class ProductLibraryController {

	private final Catalogue catalogue;

	private final ProjectWork work;

	ProductLibraryController(Catalogue catalogue, ProjectWork work) {
		this.catalogue = catalogue;
		this.work = work;
	}

	@GetMapping("/programmes/{slug}/products")
	String library(@PathVariable String slug, Model model) {
		var programme = published(slug);
		model.addAttribute("programme", programme);
		model.addAttribute("products", work.library(programme.id()));
		return "groups/products";
	}

	@GetMapping("/programmes/{slug}/products/{groupId}/file")
	ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable long groupId) {
		var programme = published(slug);
		return ProductUploads.download(work.publishedFile(programme.id(), groupId)
			.orElseThrow(() -> new NoSuchElementException("No published product " + groupId)));
	}

	private Catalogue.ProgrammeView published(String slug) {
		return catalogue.idOfSlug(slug)
			.flatMap(catalogue::find)
			.filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
			.orElseThrow(() -> new NoSuchElementException("No programme " + slug));
	}

}
