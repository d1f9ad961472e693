/** Form definitions: steps, fields, field types and conditions. Public API. */
@NullMarked
package io.portail.forms.definition;

import org.jspecify.annotations.NullMarked;
