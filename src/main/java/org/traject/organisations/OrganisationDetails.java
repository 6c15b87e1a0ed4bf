package org.traject.organisations;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;

/**
 * What a secretary says about an organisation: name, kind, sectors, address and how to
 * reach it.
 */
public record OrganisationDetails(String name, OrganisationKind kind, Set<OrganisationSector> sectors,
		@Nullable String street, @Nullable String postalCode, @Nullable String city, String country,
		@Nullable String email, @Nullable String phone) {

	/** The countries an address may be in. */
	public static final java.util.List<String> COUNTRIES = java.util.List.of("NL", "DK", "BE", "DE");

}
