package org.traject.competencies.internal;

import java.util.Locale;

import org.traject.competencies.ProfileVersionView;

/**
 * Turns a loaded version into the read-only view other modules and the pages use. Call
 * inside a transaction.
 */
public final class ProfileViews {

	private ProfileViews() {
	}

	public static ProfileVersionView of(ProfileVersion v, Locale locale) {
		var text = v.text(locale);
		var scale = v.getScale()
			.stream()
			.map(l -> new ProfileVersionView.Level(l.level(), l.label(), l.descriptor()))
			.toList();
		var clusters = v.getClusters()
			.stream()
			.map(c -> new ProfileVersionView.ClusterView(c.getId(), c.getLineageKey(), c.getName(), c.getDescription(),
					c.getCompetencies()
						.stream()
						.map(k -> new ProfileVersionView.CompetencyView(k.getId(), k.getLineageKey(), k.getName(),
								k.getDescription(), k.getTargetLevel(), k.getIndicators()))
						.toList()))
			.toList();
		return new ProfileVersionView(v.getId(), v.getProfile().getId(), v.getNumber(), v.getStatus().name(),
				v.getDefaultLanguage(), v.textLanguage(locale), text.name(), text.roleTitle(), text.description(),
				scale, clusters, v.getPublishedAt(), v.getRetiredAt(), v.getVersion());
	}

}
