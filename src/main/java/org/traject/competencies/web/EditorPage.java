package org.traject.competencies.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.ProfileVersionView;
import org.traject.competencies.internal.ProfileQueries;
import org.traject.competencies.internal.ProfileVersion;
import org.traject.web.Htmx;

/**
 * The profile-version editor as the three editing controllers show it: the page with its
 * forms (a form the reader is correcting stays as they typed it), the structure fragment
 * after an htmx move, and the cluster and competency pages' snapshot.
 */
@Component
class EditorPage {

	static final String TEMPLATE = "competencies/editor";

	private final ProfileQueries queries;

	EditorPage(ProfileQueries queries) {
		this.queries = queries;
	}

	ProfileQueries.Snapshot snapshot(long id) {
		return queries.snapshot(id, LocaleContextHolder.getLocale());
	}

	ModelAndView editor(long id) {
		return editor(id, null);
	}

	/**
	 * The editor; the form the reader is correcting (the one {@code correcting} belongs
	 * to) stays as they typed it, with its errors.
	 */
	ModelAndView editor(long id, @Nullable BindingResult correcting) {
		var snapshot = snapshot(id);
		var view = snapshot.view();
		var page = new ModelAndView(TEMPLATE);
		page.addObject("snapshot", snapshot);
		String kept = correcting == null ? "" : correcting.getObjectName();
		if (!kept.equals("profileForm")) {
			page.addObject("profileForm", ProfileForm.of(view.defaultLanguage(), snapshot.texts(), view.lockVersion()));
		}
		if (!kept.equals("scaleForm")) {
			page.addObject("scaleForm", ScaleForm.of(view));
		}
		if (!kept.equals("clusterForm")) {
			page.addObject("clusterForm", ClusterForm.empty(view.lockVersion()));
		}
		return page;
	}

	/**
	 * htmx swaps the structure in place (and refreshes the lock version of the other
	 * forms); otherwise PRG.
	 */
	ModelAndView afterMove(long id) {
		var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		if (Htmx.isHtmxRequest(request)) {
			return new ModelAndView(TEMPLATE + " :: moved").addObject("snapshot", snapshot(id));
		}
		return structure(id);
	}

	static ModelAndView structure(long id) {
		return new ModelAndView("redirect:/admin/profiles/versions/" + id + "#structure");
	}

	static ProfileVersionView.ClusterView cluster(ProfileVersionView view, long clusterId) {
		return view.clusters()
			.stream()
			.filter(c -> c.id() == clusterId)
			.findFirst()
			.orElseThrow(java.util.NoSuchElementException::new);
	}

	/** A form without its lock version cannot prove it saw the current state. */
	static long seen(Long version) {
		if (version == null) {
			throw new ObjectOptimisticLockingFailureException(ProfileVersion.class, "unknown");
		}
		return version;
	}

}
