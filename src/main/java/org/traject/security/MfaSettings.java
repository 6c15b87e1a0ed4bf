package org.traject.security;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The settings of strong sign-in.
 * <ul>
 * <li>{@code traject.security.mfa.required} (environment {@code TRAJECT_MFA_REQUIRED}):
 * whether staff must show a second factor after their password. On in the {@code prod}
 * profile, off in development so the demo accounts sign in with their password
 * alone.</li>
 * <li>{@code traject.security.webauthn.rp-id} ({@code TRAJECT_WEBAUTHN_RP_ID}): the host
 * name passkeys are bound to, e.g. {@code traject.provider.nl}; {@code localhost} in
 * development.</li>
 * <li>{@code traject.security.webauthn.origins} ({@code TRAJECT_WEBAUTHN_ORIGINS}): the
 * addresses the portal is reached at, comma-separated, e.g.
 * {@code https://traject.provider.nl}. Unset, {@code http://localhost:<port>} of the
 * running server.</li>
 * </ul>
 */
@Component
public class MfaSettings {

	private final boolean required;

	private final String relyingPartyId;

	private final Set<String> allowedOrigins = new CopyOnWriteArraySet<>();

	private final boolean configured;

	MfaSettings(@Value("${traject.security.mfa.required:false}") boolean required,
			@Value("${traject.security.webauthn.rp-id:localhost}") String relyingPartyId,
			@Value("${traject.security.webauthn.origins:}") String origins) {
		this.required = required;
		this.relyingPartyId = relyingPartyId.strip();
		Arrays.stream(origins.split(",")).map(String::strip).filter(o -> !o.isEmpty()).forEach(allowedOrigins::add);
		this.configured = !allowedOrigins.isEmpty();
	}

	public boolean required() {
		return required;
	}

	String relyingPartyId() {
		return relyingPartyId;
	}

	/** The live set: the server's own address joins it once the port is known. */
	Set<String> allowedOrigins() {
		return allowedOrigins;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (!configured) {
			allowedOrigins.add("http://localhost:" + event.getWebServer().getPort());
		}
	}

}
