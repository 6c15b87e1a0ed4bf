package org.traject.peers.internal;

import org.jspecify.annotations.Nullable;
import org.traject.web.Refusal;

/**
 * Something peer support refuses: no account with that address, a supporter who is
 * paused, asking oneself, a question answered already.
 */
public class PeersRefusal extends Refusal {

	PeersRefusal(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
