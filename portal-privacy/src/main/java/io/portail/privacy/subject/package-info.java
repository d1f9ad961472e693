/** Data subjects' references and their requests: access, erasure and the others. Public API. */
@NullMarked
package io.portail.privacy.subject;

import org.jspecify.annotations.NullMarked;
