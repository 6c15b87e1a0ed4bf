/**
 * The evaluation behind a personal link, the results and comparisons for secretaries and
 * administrators, and the form editor.
 */
@NullMarked
package org.traject.evaluations.web;

import org.jspecify.annotations.NullMarked;
