package org.traject.catalogue.internal;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;

/**
 * What a visitor asks the catalogue: free text and filters, all optional, and the page.
 * Built from the query string, so every search is a shareable URL.
 */
public record CatalogueQuery(@Nullable String q, @Nullable CareerPhase phase, @Nullable Sector sector,
		@Nullable ProgrammeFormat format, @Nullable String language, boolean openOnly, int page) {

	public static final int PAGE_SIZE = 12;

	/**
	 * Far beyond the last page of any catalogue, and far from overflowing the offset: a
	 * page past the end is empty.
	 */
	public static final int MAX_PAGE = 10_000;

	public CatalogueQuery {
		q = q == null || q.isBlank() ? null : q.strip();
		language = language == null || language.isBlank() ? null : language;
		page = Math.min(Math.max(page, 0), MAX_PAGE);
	}

	public static CatalogueQuery everything() {
		return new CatalogueQuery(null, null, null, null, null, false, 0);
	}
}
