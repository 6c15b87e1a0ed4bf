@NullMarked
package org.traject.demo.internal;

import org.jspecify.annotations.NullMarked;
