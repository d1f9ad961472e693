/** Where in a form definition a problem lies, for the readers' paths. Internal: not exported. */
@NullMarked
package io.portail.forms.internal.definition;

import org.jspecify.annotations.NullMarked;
