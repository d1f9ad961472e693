/** Purposes of processing and their legal bases (GDPR art. 6 and 9). Public API. */
@NullMarked
package io.portail.privacy.purpose;

import org.jspecify.annotations.NullMarked;
