/** Processing activities and the commune's record of processing (GDPR art. 30). Public API. */
@NullMarked
package io.portail.privacy.register;

import org.jspecify.annotations.NullMarked;
