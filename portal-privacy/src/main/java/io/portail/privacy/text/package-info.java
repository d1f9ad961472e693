/** Texts shown to residents, in French and English. Public API. */
@NullMarked
package io.portail.privacy.text;

import org.jspecify.annotations.NullMarked;
