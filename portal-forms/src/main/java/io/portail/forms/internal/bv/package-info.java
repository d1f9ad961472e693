/** Bean Validation validators delegating to the single-value rules. Internal: not exported. */
@NullMarked
package io.portail.forms.internal.bv;

import org.jspecify.annotations.NullMarked;
