/** The {@link io.portail.core.Portal} entry point that ties a submission together. Public API. */
@NullMarked
package io.portail.core;

import org.jspecify.annotations.NullMarked;
