package org.traject.bench;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Prints the application's hash of one password, so the generator gives every generated person the same one. */
public final class PasswordHash {

	private PasswordHash() {
	}

	public static void main(String[] args) {
		System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(args[0]));
	}
}
