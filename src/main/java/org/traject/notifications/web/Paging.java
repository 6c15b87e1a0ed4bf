package org.traject.notifications.web;

/**
 * One page of a long list: which rows to fetch and what the pager shows. Pages count from
 * 1.
 */
public record Paging(int page, int size, long total) {

	static Paging of(int requested, int size, long total) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		return new Paging(Math.min(Math.max(1, requested), pages), size, total);
	}

	public int offset() {
		return (page - 1) * size;
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}
}
