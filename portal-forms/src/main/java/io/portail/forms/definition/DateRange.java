package io.portail.forms.definition;

/** Which dates a date field accepts, relative to today in the commune's zone. */
public enum DateRange {
    /** Any real date. */
    ANY,
    /** Today or earlier, such as a date of birth. */
    PAST,
    /** Today or later, such as the date of an event to come. */
    FUTURE
}
