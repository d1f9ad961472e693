/** Masking personal data for logs and messages, category by category. Public API. */
@NullMarked
package io.portail.privacy.mask;

import org.jspecify.annotations.NullMarked;
