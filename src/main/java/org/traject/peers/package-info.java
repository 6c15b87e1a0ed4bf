/**
 * Peer supporters (collegiale ondersteuners, sparringspartnere): experienced school
 * leaders whom an administrator lists, each with a short profile (sector, years of
 * experience, themes, a few lines about themselves) that they keep and can pause. A
 * signed-in participant finds them on {@code /peers}, filtered by sector and theme, and
 * asks one a question; the supporter answers on {@code /peer-support}.
 * <p>
 * Neither side ever sees the other's email address: the question and the answer reach the
 * other side through the notifications module's outbox, written in the same transaction
 * as the question or answer, with a link to the page in Traject where it is read (signed
 * in). A question is visible to its asker and its supporter only; anyone else gets a 404.
 * How often one person may ask is limited by the security module's form throttle (a few
 * questions an hour).
 * <p>
 * Being a supporter is a listing in this module, not an account role: a supporter signs
 * in with their ordinary account, and the supporter's pages answer 404 to anyone not
 * listed. The top-level package holds the API: the facade
 * {@link org.traject.peers.PeerSupporterSetup} (a supporter listed and described, for
 * imports and the demo data) and its value types; everything else is in {@code internal},
 * the pages in {@code web}.
 */
@ApplicationModule(allowedDependencies = { "notifications", "people", "privacy", "web" })
@NullMarked
package org.traject.peers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
