@NullMarked
package org.traject.development.web;

import org.jspecify.annotations.NullMarked;
