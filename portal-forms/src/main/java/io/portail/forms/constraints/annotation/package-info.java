/** Bean Validation annotations backed by the single-value rules. Public API. */
@NullMarked
package io.portail.forms.constraints.annotation;

import org.jspecify.annotations.NullMarked;
