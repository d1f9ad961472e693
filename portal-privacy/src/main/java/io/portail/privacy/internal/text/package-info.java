/**
 * Wording shared by the texts residents read: durations, retention sentences. Internal: not
 * exported.
 */
@NullMarked
package io.portail.privacy.internal.text;

import org.jspecify.annotations.NullMarked;
