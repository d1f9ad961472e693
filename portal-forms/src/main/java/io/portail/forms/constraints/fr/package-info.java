/**
 * Single-value rules for French identifiers: NIR, SIREN, SIRET, RNA, codes, phone, RIB. Public API.
 */
@NullMarked
package io.portail.forms.constraints.fr;

import org.jspecify.annotations.NullMarked;
