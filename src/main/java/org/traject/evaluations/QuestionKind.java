package org.traject.evaluations;

/** What a question of an evaluation asks for. */
public enum QuestionKind {

	/** A number from 1 to 5, with a label for each end. */
	SCALE,

	/** One of a list of options. */
	CHOICE,

	/** Free text, shown to staff only once at least three people answered. */
	TEXT

}
