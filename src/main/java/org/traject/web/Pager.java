package org.traject.web;

/**
 * One page of a long list, for a pager: which page (counting from 1) of how many rows per
 * page, out of how many rows in all. A list's result record implements it and gets the
 * pager's arithmetic.
 */
public interface Pager {

	int page();

	int size();

	long total();

	/** How many pages there are; one when the list is empty. */
	default int pages() {
		return (int) Math.max(1, (total() + size() - 1) / size());
	}

	default boolean hasPrevious() {
		return page() > 1;
	}

	default boolean hasNext() {
		return page() < pages();
	}

}
