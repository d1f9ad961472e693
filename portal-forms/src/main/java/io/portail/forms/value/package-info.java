/** Value types and text normalisation for what residents type. Public API. */
@NullMarked
package io.portail.forms.value;

import org.jspecify.annotations.NullMarked;
