/**
 * School registration: school years and levels, school sectors, requests for another school. Public
 * API.
 */
@NullMarked
package io.portail.core.school;

import org.jspecify.annotations.NullMarked;
