package org.traject.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reference (a): the very bytes of the catalogue's first page, fetched once from this same application when it is
 * ready ({@link BenchConfiguration}) and then served from memory by a bare servlet in the same JVM and Tomcat. Its
 * throughput is what this machine can do for those bytes; the catalogue cannot beat it. The bytes are not fetched by a
 * request for this page: that request would hold one of the request queue's places (web/RequestGate) while its own
 * fetch waited in the same queue behind it and others like it.
 */
class CatalogueFromMemory extends HttpServlet {

	private volatile byte[] page;

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		byte[] body = page;
		if (body == null) {
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the catalogue's bytes are not loaded yet");
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Fetches the catalogue's first page from the application listening on {@code port}. */
	void load(int port) throws IOException {
		var uri = URI.create("http://127.0.0.1:" + port + "/programmes");
		try (var client = new Closing(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build())) {
			HttpResponse<byte[]> response = client.http.send(
					HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IOException("the catalogue answered " + response.statusCode());
			}
			page = response.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/** HttpClient is AutoCloseable only from Java 21; this runs on 17. */
	private record Closing(HttpClient http) implements AutoCloseable {

		@Override
		public void close() {
		}
	}
}
