/**
 * Privacy notices (GDPR art. 13), generated from the record of processing and versioned. Public
 * API.
 */
@NullMarked
package io.portail.privacy.notice;

import org.jspecify.annotations.NullMarked;
