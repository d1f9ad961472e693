/** What the readers of this module need of the validation package's internals. Not exported. */
@NullMarked
package io.portail.forms.internal.validation;

import org.jspecify.annotations.NullMarked;
