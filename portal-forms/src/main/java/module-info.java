/** Form definitions, validation, French identifiers and plain-language messages. */
module io.portail.forms {
    requires static org.jspecify;
    requires transitive io.portail.privacy;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires tools.jackson.databind;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires org.slf4j;

    exports io.portail.forms.value;
    exports io.portail.forms.constraints;
    exports io.portail.forms.constraints.fr;
}
