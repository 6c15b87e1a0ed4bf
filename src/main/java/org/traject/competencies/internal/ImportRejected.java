package org.traject.competencies.internal;

import java.util.List;

/**
 * An import that changed nothing because the file has problems; all problems found are
 * listed.
 */
public class ImportRejected extends RuntimeException {

	private final List<ImportProblem> problems;

	public ImportRejected(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) in the imported file");
		this.problems = List.copyOf(problems);
	}

	public ImportRejected(ImportProblem problem) {
		this(List.of(problem));
	}

	public List<ImportProblem> problems() {
		return problems;
	}

}
