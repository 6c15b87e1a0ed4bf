package org.traject.competencies.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.internal.ImportRejected;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.competencies.internal.ProfileExchange;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusal;
import org.traject.web.RefusedInPlace;
import org.traject.web.Refusals;

import static org.traject.people.Actor.Capacity.ADMINISTRATOR;

/**
 * The competencies of a draft profile version: added and changed on a page of their own,
 * moved in place, removed, or imported from a CSV file.
 */
@Controller
@RequestMapping("/admin/profiles/versions/{id}/competencies")
@OnRefusal("/admin/profiles/versions/{id}#structure")
class CompetencyController implements RefusedInPlace {

	private static final String PAGE = "competencies/competency";

	private final ProfileEditing editing;

	private final ProfileExchange exchange;

	private final EditorPage page;

	CompetencyController(ProfileEditing editing, ProfileExchange exchange, EditorPage page) {
		this.editing = editing;
		this.exchange = exchange;
		this.page = page;
	}

	@GetMapping("/new")
	ModelAndView newCompetency(@PathVariable long id, @RequestParam(required = false) @Nullable Long cluster) {
		var snapshot = page.snapshot(id);
		return new ModelAndView(PAGE).addObject("snapshot", snapshot)
			.addObject("competencyForm",
					new CompetencyForm(cluster, null, null, null, null, snapshot.view().lockVersion()));
	}

	@PostMapping
	ModelAndView add(@PathVariable long id, @Valid @ModelAttribute("competencyForm") CompetencyForm form,
			BindingResult errors, @ActingAs(ADMINISTRATOR) Actor actor) {
		if (Refusals.applied(errors,
				() -> editing.addCompetency(actor, id, EditorPage.seen(form.version()), form.details()))) {
			Flash.success("competencies.saved.competencyAdded", String.valueOf(form.name()));
			return EditorPage.structure(id);
		}
		return new ModelAndView(PAGE).addObject("snapshot", page.snapshot(id));
	}

	@GetMapping("/{competencyId}")
	ModelAndView form(@PathVariable long id, @PathVariable long competencyId) {
		var snapshot = page.snapshot(id);
		var view = snapshot.view();
		var form = view.clusters()
			.stream()
			.flatMap(c -> c.competencies()
				.stream()
				.filter(k -> k.id() == competencyId)
				.map(k -> CompetencyForm.of(c.id(), k, view.lockVersion())))
			.findFirst()
			.orElseThrow();
		return new ModelAndView(PAGE).addObject("snapshot", snapshot)
			.addObject("competencyId", competencyId)
			.addObject("competencyForm", form);
	}

	@PostMapping("/{competencyId}")
	ModelAndView change(@PathVariable long id, @PathVariable long competencyId,
			@Valid @ModelAttribute("competencyForm") CompetencyForm form, BindingResult errors,
			@ActingAs(ADMINISTRATOR) Actor actor) {
		if (Refusals.applied(errors, () -> editing.changeCompetency(actor, id, EditorPage.seen(form.version()),
				competencyId, form.details()))) {
			Flash.success("competencies.saved.competency", String.valueOf(form.name()));
			return EditorPage.structure(id);
		}
		return new ModelAndView(PAGE).addObject("snapshot", page.snapshot(id)).addObject("competencyId", competencyId);
	}

	@PostMapping("/{competencyId}/move")
	ModelAndView move(@PathVariable long id, @PathVariable long competencyId, @RequestParam long version,
			@RequestParam String direction, @ActingAs(ADMINISTRATOR) Actor actor) {
		editing.moveCompetency(actor, id, version, competencyId, "up".equals(direction));
		return page.afterMove(id);
	}

	@PostMapping("/{competencyId}/delete")
	ModelAndView remove(@PathVariable long id, @PathVariable long competencyId, @RequestParam long version,
			@ActingAs(ADMINISTRATOR) Actor actor) {
		editing.removeCompetency(actor, id, version, competencyId);
		Flash.success("competencies.saved.competencyRemoved");
		return EditorPage.structure(id);
	}

	@PostMapping("/import")
	ModelAndView importCsv(@PathVariable long id, @RequestParam long version, @RequestParam("file") MultipartFile file,
			@ActingAs(ADMINISTRATOR) Actor actor) throws IOException {
		try (InputStream in = file.getInputStream()) {
			Flash.success("competencies.import.csv.done", exchange.importCsv(actor, id, version, in));
			return EditorPage.structure(id);
		}
	}

	/**
	 * A file with problems comes back to the editor with each problem's line and field
	 * (nothing of it was added); any other refusal goes to the structure section.
	 */
	@Override
	public @Nullable ModelAndView answerRefusal(Refusal refusal, HttpServletRequest request) {
		if (refusal instanceof ImportRejected rejected) {
			long id = Long.parseLong(RefusedInPlace.pathVariable(request, "id"));
			return page.editor(id).addObject("importProblems", rejected.problems());
		}
		return null;
	}

}
