/** The peer supporters' listings, questions and answers, and their emails. */
@NullMarked
package org.traject.peers.internal;

import org.jspecify.annotations.NullMarked;
