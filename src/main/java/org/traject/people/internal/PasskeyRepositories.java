package org.traject.people.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/** Hands Spring Security's WebAuthn support the store of user entities. */
@Configuration(proxyBeanMethods = false)
class PasskeyRepositories {

	@Bean
	PublicKeyCredentialUserEntityRepository webAuthnUserEntities(Passkeys passkeys) {
		return passkeys.userEntities();
	}

}
