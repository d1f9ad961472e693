/** Procedures, requests, receipts, calendars and deadlines, and the Portal entry point. */
module io.portail.core {
    requires static org.jspecify;
    requires transitive io.portail.forms;
    requires transitive io.portail.privacy;
    requires tools.jackson.databind;
    requires org.slf4j;
}
