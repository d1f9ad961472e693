package io.portail.forms.constraints.fr;

/** The kind of line a phone number reaches, as far as its numbering plan tells. */
public enum PhoneType {
    /** A mobile number (06 and 07 in metropolitan France, 0690 in Guadeloupe…). */
    MOBILE,
    /** A fixed line (geographic number, 01 to 05, 0590…). */
    FIXED,
    /** Another kind: internet telephony (09), free or shared-cost numbers, or not told apart. */
    OTHER
}
