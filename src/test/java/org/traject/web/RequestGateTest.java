package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.awaitility.Awaitility.await;

/**
 * The queue in front of the pages: a few requests at once, the rest in turn, first come
 * first served; one that waited too long, or waits during an outage, gets the "try again"
 * page; the health check and uploads never wait. No database: the requests are held by
 * the test.
 */
class RequestGateTest {

	private final DatabaseOutages outages = new DatabaseOutages();

	@Test
	void waitingRequestsAreServedInTheOrderTheyCame() throws Exception {
		var queue = new RequestGate.Queue(1);
		assertThat(queue.enter(0, () -> false)).isTrue();
		List<Integer> served = new CopyOnWriteArrayList<>();
		var threads = new java.util.ArrayList<Thread>();
		for (int i = 0; i < 5; i++) {
			int n = i;
			var thread = started(() -> {
				try {
					if (queue.enter(TimeUnit.SECONDS.toNanos(30), () -> false)) {
						served.add(n);
						queue.leave();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			threads.add(thread);
			int waiting = i + 1;
			await().atMost(Duration.ofSeconds(10)).until(() -> queue.waiting() == waiting);
		}
		queue.leave();
		for (var thread : threads) {
			thread.join(10_000);
		}
		assertThat(served).containsExactly(0, 1, 2, 3, 4);
		assertThat(queue.inside()).isZero();
	}

	@Test
	void neverMoreInsideThanThePlaces() throws Exception {
		var queue = new RequestGate.Queue(3);
		var inside = new AtomicInteger();
		var most = new AtomicInteger();
		var done = new CountDownLatch(40);
		for (int i = 0; i < 40; i++) {
			started(() -> {
				try {
					if (queue.enter(TimeUnit.SECONDS.toNanos(30), () -> false)) {
						most.accumulateAndGet(inside.incrementAndGet(), Math::max);
						Thread.sleep(2);
						inside.decrementAndGet();
						queue.leave();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
		}
		assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(most.get()).isBetween(1, 3);
		assertThat(queue.inside()).isZero();
		assertThat(queue.waiting()).isZero();
	}

	@Test
	void aRequestThatWaitedTooLongGetsTheTryAgainPageInItsLanguage() throws Exception {
		var gate = gate(1, Duration.ofMillis(100));
		var release = new CountDownLatch(1);
		var first = holdTheOnlyPlace(gate, "/programmes", release);

		var request = new MockHttpServletRequest("POST", "/signup/7");
		request.addPreferredLocale(Locale.forLanguageTag("da"));
		var response = new MockHttpServletResponse();
		var reached = new AtomicInteger();
		gate.doFilter(request, response, (req, res) -> reached.incrementAndGet());

		assertThat(reached).hasValue(0);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("10");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"da\"",
				"Rigtig mange bruger Traject lige nu");
		assertThat(gate.refused()).isEqualTo(1);
		release.countDown();
		first.join(10_000);
	}

	@Test
	void duringAnOutageAWaitingRequestIsAnsweredAtOnce() throws Exception {
		var gate = gate(1, Duration.ofSeconds(60));
		var release = new CountDownLatch(1);
		var first = holdTheOnlyPlace(gate, "/my", release);
		outages.seen();

		long started = System.nanoTime();
		var response = new MockHttpServletResponse();
		gate.doFilter(new MockHttpServletRequest("GET", "/programmes"), response, (req, res) -> {
		});

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("cannot reach its database");
		release.countDown();
		first.join(10_000);
	}

	@Test
	void theHealthCheckStaticFilesAndUploadsNeverQueue() throws Exception {
		var gate = gate(1, Duration.ofMillis(50));
		var release = new CountDownLatch(1);
		var first = holdTheOnlyPlace(gate, "/programmes", release);

		var upload = new MockHttpServletRequest("POST", "/materials/3");
		upload.setContentType("multipart/form-data; boundary=x");
		for (var request : List.of(new MockHttpServletRequest("GET", "/actuator/health"),
				new MockHttpServletRequest("GET", "/webjars/htmx.org/dist/htmx.min.js"),
				new MockHttpServletRequest("GET", "/css/traject.css"), upload)) {
			var reached = new AtomicInteger();
			var response = new MockHttpServletResponse();
			gate.doFilter(request, response, (req, res) -> reached.incrementAndGet());
			assertThat(reached).as(request.getRequestURI()).hasValue(1);
			assertThat(response.getStatus()).isEqualTo(200);
		}
		release.countDown();
		first.join(10_000);
	}

	/** A request that takes the gate's one place and keeps it until released. */
	private static Thread holdTheOnlyPlace(RequestGate gate, String path, CountDownLatch release)
			throws InterruptedException {
		var holding = new CountDownLatch(1);
		var thread = started(() -> {
			try {
				gate.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), (req, res) -> {
					holding.countDown();
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		return thread;
	}

	private static Thread started(Runnable work) {
		var thread = new Thread(work);
		thread.start();
		return thread;
	}

	private RequestGate gate(int places, Duration patience) {
		return new RequestGate(places, patience, outages,
				new TryAgainPage(messages(), new AcceptHeaderLocaleResolver()));
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
