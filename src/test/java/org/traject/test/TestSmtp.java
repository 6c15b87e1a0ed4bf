package org.traject.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The in-JVM SMTP server (GreenMail) of the mail tests: one per run, on a port chosen
 * once, so the one Spring context of {@link MailIntegrationTest} can keep pointing at it.
 * Tests may stop and start it to play an outage.
 */
public final class TestSmtp {

	private static int port;

	private static GreenMail server;

	private TestSmtp() {
	}

	/** The port; starts the server the first time. */
	public static synchronized int port() {
		if (port == 0) {
			port = freePort();
			start();
		}
		return port;
	}

	public static synchronized void start() {
		port();
		if (server == null || !server.isRunning()) {
			server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

	/**
	 * Takes the server down: connections are refused until {@link #start()}. What it
	 * received is forgotten.
	 */
	public static synchronized void stop() {
		if (server != null && server.isRunning()) {
			server.stop();
		}
	}

	/** Everything received since the server last started that went to this address. */
	public static synchronized List<MimeMessage> receivedBy(String recipient) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, recipient)).toList();
	}

	/** Everything received since the server last started. */
	public static synchronized List<MimeMessage> all() {
		return server == null ? List.of() : List.of(server.getReceivedMessages());
	}

	/**
	 * The addresses in this domain that received something, once per message: a repeat
	 * means a message came twice.
	 */
	public static synchronized List<String> recipientsIn(String domain) {
		List<String> to = new java.util.ArrayList<>();
		for (MimeMessage message : all()) {
			try {
				for (Address address : message.getAllRecipients()) {
					if (address.toString().endsWith("@" + domain)) {
						to.add(address.toString());
					}
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return to;
	}

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			Address[] to = message.getAllRecipients();
			return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the test SMTP server", ex);
		}
	}

	/** A received message's subject. */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text parts of a message (or of one of its parts), in order. */
	public static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			var builder = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				builder.append(text(multipart.getBodyPart(i)));
			}
			return builder.toString();
		}
		return "";
	}

}
