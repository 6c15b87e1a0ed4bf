package org.traject.competencies.internal;

/**
 * One thing wrong with an imported file: where (a line and column, or a JSON path such as
 * {@code clusters[2].competencies[0].targetLevel}) and what, as a message key with
 * arguments.
 */
public record ImportProblem(String where, String messageKey, Object... arguments) {
}
