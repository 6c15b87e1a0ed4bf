/**
 * Accounts, persons, organisations and roles. The top-level package is the module's API:
 * {@link org.traject.people.People} (the facade), {@link org.traject.people.CurrentUser}
 * (the signed-in principal), {@link org.traject.people.Role}, the SPI
 * {@link org.traject.people.StartPageSection} through which other modules contribute to a
 * role's start page, and the events that ask for an email. The implementation (the person
 * entity, account links) is in {@code internal}, the account and start pages in
 * {@code web}.
 * <p>
 * Published to other modules' SQL: the read-only view {@code person_directory} (migration
 * {@code V121}): a person's name, organisation, whether the account is enabled and
 * whether they coach; and {@code person_address} (migration {@code V341}), a person's
 * address in lower case, for the cohorts module's {@code interest_report} alone. No other
 * module's SQL names the people module's tables ({@code CrossModuleSqlTest}).
 */
@ApplicationModule(allowedDependencies = "web")
@NullMarked
package org.traject.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
