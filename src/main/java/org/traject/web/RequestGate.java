package org.traject.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an instance work on at most a few requests at once and queues the rest, first come
 * first served, for a while; one that waited too long gets the "try again" page (503).
 * <p>
 * Why: every page needs one of the few pooled database connections (ten), and a request
 * waits at most five seconds for one, so that an outage is answered quickly. In a rush of
 * a thousand sign-ups on two cores, two hundred request threads each asked the pool for a
 * connection and most waited longer than that: they got the "try again" page although
 * nothing was wrong. Queued here instead, before the session is read, a request holds
 * neither a connection nor the pool's attention, and the pool keeps room for the health
 * check, the scheduled jobs and the event listeners.
 * <p>
 * Not queued: the health endpoint (the load balancer must see the instance come back at
 * once after an outage), static resources, and uploads ({@code multipart/form-data}:
 * their body is read by the handler, and a slow sender must not hold a place). A form's
 * urlencoded body is read before queueing, for the same reason. While the database has
 * just been found out of reach, waiting requests are answered at once instead of queueing
 * for a place that could only fail.
 */
class RequestGate extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestGate.class);

	/** How long an outage keeps the queue from waiting after it was last seen. */
	static final Duration OUTAGE_MEMORY = Duration.ofSeconds(3);

	private static final long STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	private final Queue queue;

	private final Duration patience;

	private final DatabaseOutages outages;

	private final TryAgainPage page;

	private final AtomicLong refused = new AtomicLong();

	RequestGate(int concurrent, Duration patience, DatabaseOutages outages, TryAgainPage page) {
		this.queue = new Queue(concurrent);
		this.patience = patience;
		this.outages = outages;
		this.page = page;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/actuator/") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/images/") || path.equals("/favicon.ico")) {
			return true;
		}
		return isUpload(request);
	}

	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
				MediaType.MULTIPART_FORM_DATA_VALUE.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// a form's body is read now, while the request holds no place in the queue
		request.getParameterMap();
		boolean admitted;
		try {
			admitted = queue.enter(patience.toNanos(), () -> outages.seenWithin(OUTAGE_MEMORY));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			long count = refused.incrementAndGet();
			if (count == 1 || count % 100 == 0) {
				log.warn("{} {}: not served, {} requests in the queue (refused so far: {})", request.getMethod(),
						request.getRequestURI(), queue.waiting(), count);
			}
			page.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
					outages.seenWithin(OUTAGE_MEMORY) ? "error.unavailable.text" : "error.busy.text");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			queue.leave();
		}
	}

	/** How many requests this gate refused since start-up. */
	long refused() {
		return refused.get();
	}

	/**
	 * A first-come-first-served queue in front of a fixed number of places. Each waiter
	 * has a condition of its own, and only the head of the queue is woken when a place
	 * comes free, so a long queue costs nothing while it waits.
	 */
	static final class Queue {

		private final ReentrantLock lock = new ReentrantLock();

		private final ArrayDeque<Condition> waiting = new ArrayDeque<>();

		private final int places;

		private int inside;

		Queue(int places) {
			if (places < 1) {
				throw new IllegalArgumentException("A gate needs at least one place");
			}
			this.places = places;
		}

		/**
		 * Takes a place, waiting in turn for at most {@code timeoutNanos}; false when the
		 * time ran out or {@code giveUp} said so while waiting.
		 */
		boolean enter(long timeoutNanos, BooleanSupplier giveUp) throws InterruptedException {
			lock.lock();
			try {
				if (waiting.isEmpty() && inside < places) {
					inside++;
					return true;
				}
				long deadline = System.nanoTime() + timeoutNanos;
				Condition mine = lock.newCondition();
				waiting.addLast(mine);
				try {
					while (waiting.peekFirst() != mine || inside >= places) {
						long left = deadline - System.nanoTime();
						if (left <= 0 || giveUp.getAsBoolean()) {
							return false;
						}
						mine.awaitNanos(Math.min(left, STEP_NANOS));
					}
					inside++;
					return true;
				}
				finally {
					waiting.remove(mine);
					wakeHead();
				}
			}
			finally {
				lock.unlock();
			}
		}

		void leave() {
			lock.lock();
			try {
				inside--;
				wakeHead();
			}
			finally {
				lock.unlock();
			}
		}

		int waiting() {
			lock.lock();
			try {
				return waiting.size();
			}
			finally {
				lock.unlock();
			}
		}

		int inside() {
			lock.lock();
			try {
				return inside;
			}
			finally {
				lock.unlock();
			}
		}

		private void wakeHead() {
			Condition head = waiting.peekFirst();
			if (head != null && inside < places) {
				head.signal();
			}
		}

	}

}
