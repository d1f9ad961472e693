/** Retention rules: how long personal data is kept and what happens then. Public API. */
@NullMarked
package io.portail.privacy.retention;

import org.jspecify.annotations.NullMarked;
