/** Route maps and partnerships: SQL, rules and PDFs. */
@NullMarked
package org.traject.routemaps.internal;

import org.jspecify.annotations.NullMarked;
