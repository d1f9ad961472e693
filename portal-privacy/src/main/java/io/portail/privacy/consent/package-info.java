/** Consent records (GDPR art. 7, ISO/IEC TS 27560) and their hash-chained ledger. Public API. */
@NullMarked
package io.portail.privacy.consent;

import org.jspecify.annotations.NullMarked;
