package org.traject.notifications.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.traject.notifications.Attachment;

/** Sends through {@link JavaMailSender}, a batch over one connection. */
class SmtpTransport implements MailTransport {

	private final JavaMailSender sender;

	private final MailSettings settings;

	private final String messageIdDomain;

	SmtpTransport(JavaMailSender sender, MailSettings settings, String baseUrl) {
		this.sender = sender;
		this.settings = settings;
		String host = URI.create(baseUrl).getHost();
		this.messageIdDomain = host == null ? "traject" : host;
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public OutgoingEmails.DeliveryStatus deliveredAs() {
		return OutgoingEmails.DeliveryStatus.SENT;
	}

	@Override
	public Map<Long, Exception> deliver(List<OutgoingEmails.ClaimedEmail> emails) {
		Map<Long, Exception> failures = new HashMap<>();
		Map<MimeMessage, Long> ids = new IdentityHashMap<>();
		for (OutgoingEmails.ClaimedEmail email : emails) {
			try {
				ids.put(message(email), email.id());
			}
			catch (MessagingException | RuntimeException ex) {
				failures.put(email.id(), ex);
			}
		}
		if (ids.isEmpty()) {
			return failures;
		}
		try {
			sender.send(ids.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			// without failed messages it was closing the connection that failed, after
			// every message went out
			ex.getFailedMessages().forEach((message, cause) -> {
				Long id = ids.get(message);
				if (id != null) {
					failures.put(id, cause);
				}
			});
		}
		catch (MailException ex) {
			// authentication or preparation: nothing of this batch went out
			ids.values().forEach(id -> failures.put(id, ex));
		}
		return failures;
	}

	private MimeMessage message(OutgoingEmails.ClaimedEmail email) throws MessagingException {
		var message = new StableIdMessage(session(), "<outgoing-email-" + email.id() + "@" + messageIdDomain + ">");
		var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(email.recipient());
		if (email.replyTo() != null) {
			helper.setReplyTo(email.replyTo());
		}
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		Attachment attachment = email.attachment();
		if (attachment != null) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		return message;
	}

	private Session session() {
		return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
	}

	/**
	 * Keeps one Message-ID per outbox row: should a crash make a worker send an email
	 * again, the recipient's mail program can tell it is the same message.
	 */
	private static final class StableIdMessage extends MimeMessage {

		private final String messageId;

		StableIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
