/**
 * The pages of peer support: the directory, asking, answering, and the administrator's
 * list.
 */
@NullMarked
package org.traject.peers.web;

import org.jspecify.annotations.NullMarked;
