/**
 * Reports on public space (signalements): categories, locations inside the commune, declared
 * photos, a guarded status workflow, nearby duplicates, and Open311 GeoReport v2 exchange. Public
 * API.
 */
@NullMarked
package io.portail.core.report;

import org.jspecify.annotations.NullMarked;
