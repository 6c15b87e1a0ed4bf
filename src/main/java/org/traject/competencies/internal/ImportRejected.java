package org.traject.competencies.internal;

import java.util.List;

import org.traject.web.Refusal;

/**
 * An import that changed nothing because the file has problems; all problems found are
 * listed. A refusal like any other, so no handler catches it: the import pages answer it
 * in place with the list of problems.
 */
public class ImportRejected extends Refusal {

	private final List<ImportProblem> problems;

	public ImportRejected(List<ImportProblem> problems) {
		super(problems.get(0).messageKey(), problems.get(0).arguments());
		this.problems = List.copyOf(problems);
	}

	public ImportRejected(ImportProblem problem) {
		this(List.of(problem));
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
