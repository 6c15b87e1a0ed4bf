package org.traject.notifications.web;

import org.traject.web.Pager;

/**
 * One page of a long list: which rows to fetch and what the pager shows. Pages count from
 * 1.
 */
public record Paging(int page, int size, long total) implements Pager {

	static Paging of(int requested, int size, long total) {
		int pages = new Paging(1, size, total).pages();
		return new Paging(Math.min(Math.max(1, requested), pages), size, total);
	}

	public int offset() {
		return (page - 1) * size;
	}

}
