package org.traject.reports.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reports, in the order the page shows them; the id is the section's anchor and the
 * export's file name.
 */
enum ReportKind {

	SIGNUPS("signups"), FILL("fill"), WAITLIST("waitlist"), INTEREST("interest"), TIMING("timing"),
	CANCELLATIONS("cancellations"), REASONS("reasons"), ATTENDANCE("attendance"), COMPLETION("completion"),
	AWARDS("awards"), OUTCOMES("outcomes"), EVALUATIONS("evaluations");

	private final String id;

	ReportKind(String id) {
		this.id = id;
	}

	String id() {
		return id;
	}

	static Optional<ReportKind> ofId(String id) {
		return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
	}

}
