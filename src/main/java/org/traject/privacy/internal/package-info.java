@NullMarked
package org.traject.privacy.internal;

import org.jspecify.annotations.NullMarked;
