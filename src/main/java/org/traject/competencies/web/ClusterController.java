package org.traject.competencies.web;

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
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

import static org.traject.people.Actor.Capacity.ADMINISTRATOR;

/**
 * The clusters of a draft profile version: added on the editor, renamed on a page of
 * their own, moved in place, removed.
 */
@Controller
@RequestMapping("/admin/profiles/versions/{id}/clusters")
@OnRefusal("/admin/profiles/versions/{id}#structure")
class ClusterController {

	private final ProfileEditing editing;

	private final EditorPage page;

	ClusterController(ProfileEditing editing, EditorPage page) {
		this.editing = editing;
		this.page = page;
	}

	@PostMapping
	ModelAndView add(@PathVariable long id, @Valid @ModelAttribute("clusterForm") ClusterForm form,
			BindingResult errors, @ActingAs(ADMINISTRATOR) Actor actor) {
		String name = String.valueOf(form.name());
		if (Refusals.applied(errors,
				() -> editing.addCluster(actor, id, EditorPage.seen(form.version()), name, form.description()))) {
			Flash.success("competencies.saved.clusterAdded", name);
			return EditorPage.structure(id);
		}
		return page.editor(id, errors);
	}

	@GetMapping("/{clusterId}")
	ModelAndView form(@PathVariable long id, @PathVariable long clusterId) {
		var snapshot = page.snapshot(id);
		var cluster = EditorPage.cluster(snapshot.view(), clusterId);
		return clusterPage(id, clusterId).addObject("clusterForm",
				new ClusterForm(cluster.name(), cluster.description(), snapshot.view().lockVersion()));
	}

	@PostMapping("/{clusterId}")
	ModelAndView change(@PathVariable long id, @PathVariable long clusterId,
			@Valid @ModelAttribute("clusterForm") ClusterForm form, BindingResult errors,
			@ActingAs(ADMINISTRATOR) Actor actor) {
		String name = String.valueOf(form.name());
		if (Refusals.applied(errors, () -> editing.changeCluster(actor, id, EditorPage.seen(form.version()), clusterId,
				name, form.description()))) {
			Flash.success("competencies.saved.cluster", name);
			return EditorPage.structure(id);
		}
		return clusterPage(id, clusterId);
	}

	@PostMapping("/{clusterId}/move")
	ModelAndView move(@PathVariable long id, @PathVariable long clusterId, @RequestParam long version,
			@RequestParam String direction, @ActingAs(ADMINISTRATOR) Actor actor) {
		editing.moveCluster(actor, id, version, clusterId, "up".equals(direction));
		return page.afterMove(id);
	}

	@PostMapping("/{clusterId}/delete")
	ModelAndView remove(@PathVariable long id, @PathVariable long clusterId, @RequestParam long version,
			@ActingAs(ADMINISTRATOR) Actor actor) {
		editing.removeCluster(actor, id, version, clusterId);
		Flash.success("competencies.saved.clusterRemoved");
		return EditorPage.structure(id);
	}

	private ModelAndView clusterPage(long id, long clusterId) {
		var snapshot = page.snapshot(id);
		return new ModelAndView("competencies/cluster").addObject("snapshot", snapshot)
			.addObject("cluster", EditorPage.cluster(snapshot.view(), clusterId));
	}

}
