package io.portail.forms.bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.portail.forms.TestForms;
import io.portail.forms.constraints.Validators;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.json.AnswersJson;
import io.portail.forms.json.AnswersReader;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.FormValidator;
import io.portail.forms.validation.ValidationResult;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validating a realistic 25-field school registration (a child, two parents, an address, phones,
 * emails, a group of siblings, school, canteen, allergies, a proof of address), four ways:
 *
 * <ol>
 *   <li>{@link #formAsData}: the form defined as data, an {@link AnswersReader} then a {@link
 *       FormValidator}, both made once for the form as the validator and the schema of the other
 *       ways are;
 *   <li>{@link #typedRecord}: Jackson binding to {@link SchoolRegistration} then Hibernate
 *       Validator with the annotations of {@code constraints.annotation};
 *   <li>{@link #jsonSchema}: Jackson parsing then an equivalent JSON Schema (networknt);
 *   <li>{@link #jacksonParseOnly}: Jackson parsing alone, the floor.
 * </ol>
 *
 * <p>Every way accepts the same document, checked at setup. Run: {@code mvn -B -Pbench -pl
 * portal-forms -DskipTests test -Djmh.args="SchoolRegistrationBenchmark -f 3 -wi 5 -i 5 -w 2s -r 2s
 * -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchoolRegistrationBenchmark {
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private String json = "";
    private FormDefinition form = TestForms.schoolRegistration();
    private FormValidator formValidator = FormValidator.of(form, CLOCK);
    private AnswersReader answersReader = AnswersJson.reader(form);
    private Answers answers = Answers.builder().build();
    private Validator beanValidator = Validators.create();
    private ObjectMapper plain = new ObjectMapper();
    private ObjectMapper kebab = plain;
    private Schema schema =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(TestForms.text("school-registration-answers.schema.json"));

    /** Reads the documents and checks that every way accepts the answers. */
    @Setup
    public void setUp() {
        json = TestForms.schoolRegistrationAnswers();
        form = TestForms.schoolRegistration();
        formValidator = FormValidator.of(form, CLOCK);
        answersReader = AnswersJson.reader(form);
        answers = answersReader.read("answers.json", json);
        beanValidator = Validators.create();
        kebab =
                JsonMapper.builder()
                        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                        .build();
        if (!formAsData().isValid()) {
            throw new IllegalStateException("The form rejects the answers: " + formAsData());
        }
        if (!typedRecord().isEmpty()) {
            throw new IllegalStateException("The record rejects the answers: " + typedRecord());
        }
        if (!jsonSchema().isEmpty()) {
            throw new IllegalStateException("The schema rejects the answers: " + jsonSchema());
        }
    }

    /**
     * (a) The form defined as data.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult formAsData() {
        return formValidator.validate(answersReader.read("answers.json", json));
    }

    /**
     * (a) split, first part: reading the answers alone.
     *
     * @return the answers
     */
    @Benchmark
    public Answers formAsDataReadingOnly() {
        return answersReader.read("answers.json", json);
    }

    /**
     * (a) split, second part: validating answers already read.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult formAsDataValidationOnly() {
        return formValidator.validate(answers);
    }

    /**
     * (b) The typed record through Hibernate Validator.
     *
     * @return the violations
     */
    @Benchmark
    public Set<ConstraintViolation<SchoolRegistration>> typedRecord() {
        return beanValidator.validate(kebab.readValue(json, SchoolRegistration.class));
    }

    /**
     * (c) An equivalent JSON Schema.
     *
     * @return the errors
     */
    @Benchmark
    public List<Error> jsonSchema() {
        return schema.validate(plain.readTree(json));
    }

    /**
     * (d) Jackson parsing alone.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode jacksonParseOnly() {
        return plain.readTree(json);
    }
}
