package org.traject.delivery.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a certificate is checked, as printed on it: the public address of this
 * installation.
 */
final class CertificateLinks {

	private CertificateLinks() {
	}

	static String checkUrl(String number) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/certificates/{number}")
			.buildAndExpand(number)
			.toUriString();
	}

}
