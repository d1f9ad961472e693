/** Normalising and validating answers against a form definition. Public API. */
@NullMarked
package io.portail.forms.validation;

import org.jspecify.annotations.NullMarked;
