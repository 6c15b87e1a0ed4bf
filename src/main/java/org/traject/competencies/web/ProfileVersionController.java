package org.traject.competencies.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.competencies.internal.ScaleLevel;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

import static org.traject.people.Actor.Capacity.ADMINISTRATOR;

/**
 * One profile version as a whole: the editor while it is a draft, a read-only page with
 * "edit" (make a new draft), publish and retire once it is not; its description and scale
 * (its exports are {@link ProfileExportController}'s). Every change carries the lock
 * version the form was rendered with; a refused publish, retire or discard comes back to
 * this page with the reason.
 */
@Controller
@RequestMapping("/admin/profiles/versions/{id}")
@OnRefusal("/admin/profiles/versions/{id}")
class ProfileVersionController {

	private final ProfileEditing editing;

	private final EditorPage page;

	ProfileVersionController(ProfileEditing editing, EditorPage page) {
		this.editing = editing;
		this.page = page;
	}

	@GetMapping
	ModelAndView show(@PathVariable long id) {
		return page.editor(id);
	}

	@PostMapping
	ModelAndView describe(@PathVariable long id, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult errors, @ActingAs(ADMINISTRATOR) Actor actor) {
		var details = form.details(errors);
		if (Refusals.applied(errors, () -> editing.describe(actor, id, EditorPage.seen(form.version()), details))) {
			Flash.success("competencies.saved.profile");
			return new ModelAndView("redirect:/admin/profiles/versions/" + id);
		}
		return page.editor(id, errors);
	}

	@PostMapping("/scale")
	ModelAndView changeScale(@PathVariable long id, @Valid @ModelAttribute("scaleForm") ScaleForm form,
			BindingResult errors, @ActingAs(ADMINISTRATOR) Actor actor) {
		if (Refusals.applied(errors,
				() -> editing.changeScale(actor, id, EditorPage.seen(form.version()), form.scale()))) {
			Flash.success("competencies.saved.scale");
			return new ModelAndView("redirect:/admin/profiles/versions/" + id + "#scale");
		}
		return page.editor(id, errors);
	}

	/** Adds a level at the end, labelled with its number until the admin names it. */
	@PostMapping("/scale/add")
	@OnRefusal("/admin/profiles/versions/{id}#scale")
	String addLevel(@PathVariable long id, @RequestParam long version, @ActingAs(ADMINISTRATOR) Actor actor) {
		var levels = new ArrayList<>(ScaleForm.of(page.snapshot(id).view()).scale());
		String n = Integer.toString(levels.size() + 1);
		levels.add(new ScaleLevel(levels.size() + 1, n, n));
		return resize(id, version, actor, levels);
	}

	@PostMapping("/scale/remove")
	@OnRefusal("/admin/profiles/versions/{id}#scale")
	String removeLevel(@PathVariable long id, @RequestParam long version, @ActingAs(ADMINISTRATOR) Actor actor) {
		var levels = new ArrayList<>(ScaleForm.of(page.snapshot(id).view()).scale());
		if (!levels.isEmpty()) {
			levels.remove(levels.size() - 1);
		}
		return resize(id, version, actor, levels);
	}

	private String resize(long id, long version, Actor actor, List<ScaleLevel> levels) {
		editing.changeScale(actor, id, version, levels);
		Flash.success("competencies.saved.scale");
		return "redirect:/admin/profiles/versions/" + id + "#scale";
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version, @ActingAs(ADMINISTRATOR) Actor actor) {
		Flash.success("competencies.saved.published", editing.publish(actor, id, version).getNumber());
		return "redirect:/admin/profiles/versions/" + id;
	}

	/**
	 * The form sends the version it showed, like every change here; a new draft needs no
	 * lock.
	 */
	@PostMapping("/edit")
	String edit(@PathVariable long id, @RequestParam long version, @ActingAs(ADMINISTRATOR) Actor actor) {
		var draft = editing.edit(actor, id);
		if (draft.getId() != id) {
			Flash.success("competencies.saved.draft", draft.getNumber());
		}
		return "redirect:/admin/profiles/versions/" + draft.getId();
	}

	@PostMapping("/retire")
	String retire(@PathVariable long id, @RequestParam long version, @ActingAs(ADMINISTRATOR) Actor actor) {
		editing.retire(actor, id, version);
		Flash.success("competencies.saved.retired");
		return "redirect:/admin/profiles/versions/" + id;
	}

	@PostMapping("/discard")
	String discard(@PathVariable long id, @RequestParam long version, @ActingAs(ADMINISTRATOR) Actor actor) {
		editing.discardDraft(actor, id, version);
		Flash.success("competencies.saved.discarded");
		return "redirect:/admin/profiles";
	}

}
