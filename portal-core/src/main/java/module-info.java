/** Procedures, requests, receipts, calendars and deadlines, and the Portal entry point. */
module io.portail.core {
    requires static transitive org.jspecify;
    requires transitive io.portail.forms;
    requires transitive io.portail.privacy;
    requires tools.jackson.databind;
    requires org.slf4j;

    exports io.portail.core;
    exports io.portail.core.appointment;
    exports io.portail.core.calendar;
    exports io.portail.core.calendar.fr;
    exports io.portail.core.canteen;
    exports io.portail.core.canteen.fr;
    exports io.portail.core.civilstatus;
    exports io.portail.core.civilstatus.fr;
    exports io.portail.core.deadline;
    exports io.portail.core.event;
    exports io.portail.core.json;
    exports io.portail.core.payment.fr;
    exports io.portail.core.payment;
    exports io.portail.core.procedure;
    exports io.portail.core.receipt;
    exports io.portail.core.reference;
    exports io.portail.core.report;
    exports io.portail.core.request;
    exports io.portail.core.school;
    exports io.portail.core.school.fr;
    exports io.portail.core.store;
}
