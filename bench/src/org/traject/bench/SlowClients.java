package org.traject.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slow clients: many connections that send a request's headers one byte every few seconds
 * and never finish (the "slowloris" pattern), while an ordinary visitor asks for pages one
 * after the other. Prints, as {@code key=value} lines, the visitor's latency before and
 * during the attack, the visitor's errors, and how many slow connections the server still
 * holds open at the end (it closes those that keep it waiting too long).
 *
 * <pre>
 * java -cp ... org.traject.bench.SlowClients --url http://127.0.0.1:18091 --slow 300 --seconds 40 --path /programmes
 * </pre>
 */
public final class SlowClients {

	private SlowClients() {
	}

	public static void main(String[] args) throws Exception {
		var options = SignupRush.options(args);
		URI base = URI.create(options.getOrDefault("url", "http://127.0.0.1:18091"));
		int slow = Integer.parseInt(options.getOrDefault("slow", "300"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "40"));
		String path = options.getOrDefault("path", "/programmes");
		String prefix = options.getOrDefault("prefix", "slow");

		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		var before = visit(http, base.resolve(path), 100);

		List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
		var opened = new AtomicInteger();
		var refused = new AtomicInteger();
		for (int i = 0; i < slow; i++) {
			try {
				var socket = new Socket();
				socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
				socket.getOutputStream()
					.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Slow: ")
						.getBytes(StandardCharsets.US_ASCII));
				sockets.add(socket);
				opened.incrementAndGet();
			}
			catch (IOException ex) {
				refused.incrementAndGet();
			}
		}
		// every slow connection sends one more byte of its header every 5 seconds
		ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
		var closedByServer = new AtomicInteger();
		dribble.scheduleAtFixedRate(() -> {
			synchronized (sockets) {
				for (var it = sockets.iterator(); it.hasNext();) {
					var socket = it.next();
					try {
						OutputStream out = socket.getOutputStream();
						out.write('a');
						out.flush();
					}
					catch (IOException ex) {
						closedByServer.incrementAndGet();
						it.remove();
					}
				}
			}
		}, 5, 5, TimeUnit.SECONDS);

		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Long> during = new ArrayList<>();
		int errors = 0;
		while (System.nanoTime() < end) {
			var round = visit(http, base.resolve(path), 20);
			during.addAll(round.millis());
			errors += round.errors();
		}
		dribble.shutdownNow();
		int stillOpen;
		synchronized (sockets) {
			stillOpen = sockets.size();
			for (var socket : sockets) {
				try {
					socket.close();
				}
				catch (IOException ex) {
					// gone already
				}
			}
		}
		Collections.sort(during);
		System.out.println(prefix + ".slow_connections=" + slow);
		System.out.println(prefix + ".slow_opened=" + opened.get());
		System.out.println(prefix + ".slow_refused=" + refused.get());
		System.out.println(prefix + ".slow_closed_by_server=" + closedByServer.get());
		System.out.println(prefix + ".slow_still_open_at_end=" + stillOpen);
		System.out.println(prefix + ".seconds=" + seconds);
		System.out.println(prefix + ".before.p50_ms=" + percentile(before.millis(), 50));
		System.out.println(prefix + ".before.p99_ms=" + percentile(before.millis(), 99));
		System.out.println(prefix + ".before.errors=" + before.errors());
		System.out.println(prefix + ".during.requests=" + during.size());
		System.out.println(prefix + ".during.p50_ms=" + percentile(during, 50));
		System.out.println(prefix + ".during.p99_ms=" + percentile(during, 99));
		System.out.println(prefix + ".during.errors=" + errors);
	}

	private record Visits(List<Long> millis, int errors) {
	}

	/** An ordinary visitor: {@code count} pages one after the other. */
	private static Visits visit(HttpClient http, URI page, int count) throws InterruptedException {
		List<Long> millis = new ArrayList<>();
		int errors = 0;
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			try {
				var response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(20)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
				}
				else {
					errors++;
				}
			}
			catch (IOException ex) {
				errors++;
			}
		}
		Collections.sort(millis);
		return new Visits(millis, errors);
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
