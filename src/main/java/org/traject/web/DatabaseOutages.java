package org.traject.web;

import java.time.Duration;

/**
 * When this instance last found the database out of reach (a request that
 * {@link DatabaseUnavailable} answered with 503), so that requests queued in the
 * {@link RequestGate} are answered at once during an outage instead of waiting for a
 * place that could only fail.
 */
final class DatabaseOutages {

	private volatile long lastSeen;

	private volatile boolean ever;

	void seen() {
		lastSeen = System.nanoTime();
		ever = true;
	}

	/** Whether the database was found out of reach within the last {@code period}. */
	boolean seenWithin(Duration period) {
		return ever && System.nanoTime() - lastSeen < period.toNanos();
	}

}
