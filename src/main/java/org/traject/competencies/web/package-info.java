/** The administrators' profile editor and the read-only profile pages. */
@NullMarked
package org.traject.competencies.web;

import org.jspecify.annotations.NullMarked;
