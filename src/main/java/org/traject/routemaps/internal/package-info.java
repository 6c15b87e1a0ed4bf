/** Route maps and partnerships: SQL, rules, PDFs and demo data. */
@NullMarked
package org.traject.routemaps.internal;

import org.jspecify.annotations.NullMarked;
