/** Short request references read over the phone, with a check character. Public API. */
@NullMarked
package io.portail.core.reference;

import org.jspecify.annotations.NullMarked;
