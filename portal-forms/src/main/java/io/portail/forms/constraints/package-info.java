/** Single-value rules (text in, normalised value or problem out) and their messages. Public API. */
@NullMarked
package io.portail.forms.constraints;

import org.jspecify.annotations.NullMarked;
