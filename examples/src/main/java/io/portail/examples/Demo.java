package io.portail.examples;

import io.portail.core.Portal;
import io.portail.core.PortalException;
import io.portail.core.json.ReceiptJson;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Procedure;
import io.portail.core.receipt.ReceiptText;
import io.portail.core.request.Channel;
import io.portail.core.request.Request;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import io.portail.examples.stories.AppointmentStory;
import io.portail.examples.stories.CanteenStory;
import io.portail.examples.stories.CivilStatusStory;
import io.portail.examples.stories.PaymentStory;
import io.portail.examples.stories.ReportStory;
import io.portail.examples.stories.SchoolStory;
import io.portail.forms.definition.FormDefinition;
import io.portail.forms.json.AnswersJson;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.Violation;
import io.portail.privacy.json.JsonInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Saint-Exemple demonstration: replays sample submissions, or submits a resident's own answers
 * file, and prints what the resident reads.
 *
 * <pre>
 * Demo                                  replay the samples
 * Demo submit PROCEDURE ANSWERS.json    submit one answers file
 * options: --en (English), --json (the receipt as JSON too)
 * </pre>
 *
 * Exit status: 0 when done, 1 when the answers have something to put right, 2 when the input cannot
 * be read or the command is wrong. Nothing is stored when the answers are refused.
 */
public final class Demo {
    /** The instant the demonstration's clock is set to: Monday 16 March 2026, 10:05 in Paris. */
    static final Instant DEMO_NOW = Instant.parse("2026-03-16T09:05:00Z");

    private static final String RULE = "=".repeat(72);
    private static final String THIN = "-".repeat(72);
    private static final Pattern PLAIN_PATH =
            Pattern.compile("\\$(\\.[A-Za-z_][A-Za-z0-9_-]*|\\[\\d{1,9}\\])*");
    private static final Pattern GROUP_ITEM =
            Pattern.compile("([a-z][a-zA-Z0-9-]*)\\[(\\d{1,4})\\]\\.");

    private final PrintStream out;
    private final Locale locale;
    private final boolean json;

    private Demo(PrintStream out, Locale locale, boolean json) {
        this.out = out;
        this.locale = locale;
        this.json = json;
    }

    /**
     * Runs the demonstration.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the demonstration with the given streams.
     *
     * @param args the command line
     * @param out where the resident's texts go
     * @param err where errors go
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = new ArrayList<>(List.of(args));
        Locale locale = words.remove("--en") ? Locale.ENGLISH : Locale.FRENCH;
        boolean json = words.remove("--json");
        Demo demo = new Demo(out, locale, json);
        boolean submit = words.size() == 3 && words.get(0).equals("submit");
        // The file as the resident named it, to name it back; empty when replaying the samples.
        String name = submit ? words.get(2) : "";
        try {
            if (words.isEmpty()) {
                return demo.replaySamples();
            }
            if (submit) {
                if (name.isBlank()) {
                    err.println(
                            english(locale)
                                    ? "Enter the name of your answers file, for example"
                                            + " my-answers.json"
                                    : "Saisissez le nom de votre fichier de réponses, par exemple"
                                            + " mes-reponses.json");
                    return 2;
                }
                SubmissionResult result = demo.submitFile(words.get(1), Path.of(name));
                return result instanceof SubmissionResult.Accepted ? 0 : 1;
            }
            err.println(
                    english(locale)
                            ? "Usage: Demo [--en] [--json] [submit PROCEDURE ANSWERS.json]"
                            : "Utilisation : Demo [--en] [--json] [submit DÉMARCHE RÉPONSES.json]");
            return 2;
        } catch (JsonInputException e) {
            err.println(unreadable(e, locale));
            return 2;
        } catch (InvalidPathException e) {
            // The name is not repeated: it holds a character the terminal may not show.
            err.println(
                    english(locale)
                            ? "This file name holds a character the system does not accept."
                                    + " Check the name of your answers file."
                            : "Ce nom de fichier contient un caractère que le système n'accepte"
                                    + " pas. Vérifiez le nom de votre fichier de réponses.");
            return 2;
        } catch (NotAFileException e) {
            if (e.isFolder()) {
                err.println(
                        english(locale)
                                ? "This is a folder, not a file: " + e.getFile()
                                : "C'est un dossier, pas un fichier : " + e.getFile());
            } else if (e.isEmpty()) {
                err.println(
                        english(locale)
                                ? "This file is empty: " + e.getFile()
                                : "Ce fichier est vide : " + e.getFile());
            } else {
                err.println(
                        english(locale)
                                ? "This is not a file of answers saved on disk: " + e.getFile()
                                : "Ce n'est pas un fichier de réponses enregistré sur le disque : "
                                        + e.getFile());
            }
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println(
                    cannotRead(
                            e instanceof UncheckedIOException unchecked
                                    ? unchecked.getCause()
                                    : (IOException) e,
                            name,
                            locale));
            return 2;
        } catch (PortalException e) {
            err.println(refusal(e, locale));
            return 2;
        }
    }

    private int replaySamples() throws IOException {
        Catalogue catalogue = SaintExemple.catalogue();
        Portal portal = portal(catalogue);
        out.println(
                english(locale)
                        ? "Saint-Exemple online portal: sample requests of Monday 16 March 2026"
                        : "Portail de Saint-Exemple : demandes d'exemple du lundi 16 mars 2026");
        int number = 0;
        List<Request> received = new ArrayList<>();
        for (String[] sample : samples()) {
            number++;
            out.println();
            out.println(RULE);
            out.println(
                    (english(locale) ? "Example " : "Exemple ")
                            + number
                            + (english(locale) ? ": " : " : ")
                            + (english(locale) ? sample[3] : sample[2]));
            out.println("(" + sample[0] + ")");
            out.println(THIN);
            Procedure procedure = catalogue.procedure(sample[1]).orElseThrow();
            Answers answers;
            try (InputStream in = SaintExemple.open("samples/" + sample[0])) {
                answers = AnswersJson.read(sample[0], in, procedure.form());
            }
            SubmissionResult result = submit(portal, procedure, answers, "sample-" + sample[0]);
            if (result instanceof SubmissionResult.Accepted) {
                received.add(((SubmissionResult.Accepted) result).request());
            }
        }

        section(
                english(locale)
                        ? "Your personal data: what the town hall tells you (GDPR, article 13)"
                        : "Vos données personnelles : ce que la mairie vous dit (RGPD, article 13)");
        PrivacyPart.notice(out, catalogue, "birth-record", locale);
        section(
                english(locale)
                        ? "How long the requests are kept: what the service sees (a dry run)"
                        : "Durée de conservation des demandes : ce que voit le service (simulation)");
        PrivacyPart.retention(
                out,
                catalogue,
                received.stream().filter(r -> r.procedureId().equals("birth-record")).toList(),
                LocalDate.of(2026, 3, 20),
                List.of(
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2027, 3, 19),
                        LocalDate.of(2027, 3, 20)),
                locale);

        section(
                english(locale)
                        ? "A request that is incomplete, complemented, then accepted by silence"
                        : "Une demande incomplète, complétée, puis acceptée par le silence de la"
                                + " mairie");
        IncompleteRequestStory.run(out, catalogue, locale);
        section(
                english(locale)
                        ? "Civil-status records: who may have which"
                        : "Actes d'état civil : qui peut obtenir quoi");
        CivilStatusStory.run(out, locale);
        section(english(locale) ? "School registration" : "Inscription à l'école");
        SchoolStory.run(out, locale);
        section(english(locale) ? "Canteen reservations" : "Réservations à la cantine");
        CanteenStory.run(out, locale);
        section(english(locale) ? "Town-hall appointments" : "Rendez-vous en mairie");
        AppointmentStory.run(out, locale);
        section(english(locale) ? "Reports on public space" : "Signalements sur l'espace public");
        ReportStory.run(out, locale);
        section(english(locale) ? "Paying an invoice online" : "Payer une facture en ligne");
        PaymentStory.run(out, locale);
        return 0;
    }

    private void section(String title) {
        out.println();
        out.println(RULE);
        out.println(title);
        out.println(THIN);
    }

    private SubmissionResult submitFile(String procedureId, Path file) throws IOException {
        Catalogue catalogue = SaintExemple.catalogue();
        Procedure procedure =
                catalogue
                        .procedure(procedureId)
                        .orElseThrow(
                                () ->
                                        new PortalException(
                                                PortalException.Reason.UNKNOWN_PROCEDURE,
                                                (english(locale)
                                                                ? "Saint-Exemple has no procedure"
                                                                        + " with this id. Choose"
                                                                        + " one of: "
                                                                : "Saint-Exemple n'a pas de"
                                                                        + " démarche de ce nom."
                                                                        + " Choisissez parmi : ")
                                                        + String.join(
                                                                ", ",
                                                                catalogue.procedures().stream()
                                                                        .map(Procedure::id)
                                                                        .toList())));
        if (Files.isDirectory(file)) {
            throw NotAFileException.folder(file.toString());
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            // A device or a pipe (/dev/zero, a FIFO): never read, it may never end.
            throw NotAFileException.notOnDisk(file.toString());
        }
        if (isEmpty(file)) {
            throw NotAFileException.empty(file.toString());
        }
        Answers answers = AnswersJson.read(file, procedure.form());
        // A resident's own file is submitted now, with a fresh reference.
        Portal portal =
                Portal.builder(catalogue).clock(Clock.system(catalogue.commune().zone())).build();
        return submit(portal, procedure, answers, UUID.randomUUID().toString());
    }

    /**
     * Tells whether a file holds nothing. A file of the system's /proc says 0 bytes but may hold
     * text, or fail to be read: it is read to know.
     */
    private static boolean isEmpty(Path file) throws IOException {
        if (Files.size(file) > 0) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == -1;
        }
    }

    private SubmissionResult submit(
            Portal portal, Procedure procedure, Answers answers, String key) {
        SubmissionResult result =
                portal.submit(new Submission(procedure.id(), answers, Channel.ONLINE, key));
        if (result instanceof SubmissionResult.Ineligible) {
            out.println(
                    english(locale)
                            ? "Your request cannot be sent:"
                            : "Votre demande ne peut pas être envoyée :");
            out.println(((SubmissionResult.Ineligible) result).message().in(locale));
            return result;
        }
        if (result instanceof SubmissionResult.Refused) {
            printViolations(procedure.form(), ((SubmissionResult.Refused) result).violations());
            return result;
        }
        var accepted = (SubmissionResult.Accepted) result;
        out.print(ReceiptText.render(accepted.receipt(), locale));
        if (json) {
            out.println();
            out.println(ReceiptJson.write(accepted.receipt()));
        }
        return result;
    }

    private void printViolations(FormDefinition form, List<Violation> violations) {
        out.println(
                english(locale)
                        ? "Your request has not been sent yet. Please put right:"
                        : "Votre demande n'est pas encore envoyée. Corrigez ces points :");
        for (Violation violation : violations) {
            out.println("- " + itemOf(form, violation.path()) + violation.message().in(locale));
        }
    }

    /** Names the item of a repeatable group a violation is about: « Enfant 2 : ». */
    private String itemOf(FormDefinition form, String path) {
        Matcher item = GROUP_ITEM.matcher(path);
        if (!item.lookingAt()) {
            return "";
        }
        int number = Integer.parseInt(item.group(2)) + 1;
        return form.field(item.group(1))
                .map(f -> f.label().in(locale) + " " + number + (english(locale) ? ": " : " : "))
                .orElse("");
    }

    private static Portal portal(Catalogue catalogue) {
        return Portal.builder(catalogue)
                .clock(Clock.fixed(DEMO_NOW, ZoneId.of("Europe/Paris")))
                .referenceRandom(new Random(2026))
                .build();
    }

    private static List<String[]> samples() throws IOException {
        List<String[]> samples = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(
                                SaintExemple.open("samples/samples.tsv"),
                                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    samples.add(line.split("\t"));
                }
            }
        }
        return samples;
    }

    /**
     * Says in the resident's language why a file cannot be read, and where in the file: at a line
     * and column of the text, or in a part of the document named by its JSON path (a path reads the
     * same in every language). The exception's own message, English for developers, is not shown;
     * it never holds a value from the file either.
     */
    static String unreadable(JsonInputException e, Locale locale) {
        boolean english = english(locale);
        String why =
                switch (e.reason()) {
                    case MALFORMED ->
                            english
                                    ? "it is not well-formed JSON (check it is complete and saved as UTF-8)"
                                    : "ce n'est pas du JSON bien formé (vérifiez qu'il est complet et"
                                            + " enregistré en UTF-8)";
                    case EMPTY -> english ? "it holds nothing" : "il ne contient rien";
                    case REPEATED_PROPERTY ->
                            english
                                    ? "an answer appears twice in it"
                                    : "une même réponse y figure deux fois";
                    case TOO_LARGE ->
                            english
                                    ? "it is too large or too deeply nested"
                                    : "il est trop gros ou trop imbriqué";
                    case UNKNOWN_PROPERTY ->
                            english
                                    ? "it holds an answer this form does not ask for"
                                    : "il contient une réponse que ce formulaire ne demande pas";
                    case MISSING_PROPERTY ->
                            english
                                    ? "a required part is missing"
                                    : "il manque une partie obligatoire";
                    case WRONG_TYPE ->
                            english
                                    ? "an answer is not of the expected kind"
                                    : "une réponse n'est pas du type attendu";
                    case INVALID_VALUE ->
                            english ? "a value is not accepted" : "une valeur n'est pas acceptée";
                };
        StringBuilder text =
                new StringBuilder(
                                english
                                        ? "The file cannot be read: "
                                        : "Le fichier ne peut pas être lu : ")
                        .append(why)
                        .append('.');
        // The place in one sentence: the line and column where the reading stopped, and the part
        // of the file, each when known.
        String part = plainPart(e.path());
        boolean atLine = e.line().isPresent();
        boolean inPart = !part.equals("$");
        if (atLine || inPart) {
            text.append(english ? " The problem is" : " Le problème se trouve");
        }
        if (atLine) {
            text.append(english ? " at line " : " à la ligne ").append(e.line().getAsInt());
            e.column()
                    .ifPresent(
                            column ->
                                    text.append(english ? ", column " : ", colonne ")
                                            .append(column));
            text.append(inPart ? "," : ".");
        }
        if (inPart) {
            // No final period: it would read as part of the path.
            text.append(
                            english
                                    ? " in this part of the file: "
                                    : " dans cette partie du fichier : ")
                    .append(part);
        }
        return text.toString();
    }

    /**
     * The part of a JSON path made of names and indexes only ({@code $.children[1].name}), which
     * reads the same in every language; it stops where the reader describes a key in words (an
     * unknown key is named by its length only, in English).
     */
    private static String plainPart(String path) {
        Matcher plain = PLAIN_PATH.matcher(path);
        return plain.lookingAt() ? plain.group() : "$";
    }

    /**
     * Says in the resident's language why the portal refused the submission: the exception's own
     * message is for developers, in English, but for an unknown procedure, whose message this class
     * writes in the resident's language with the procedures to choose from.
     */
    static String refusal(PortalException e, Locale locale) {
        boolean english = english(locale);
        return switch (e.reason()) {
            case UNKNOWN_PROCEDURE -> e.getMessage();
            case PROCEDURE_UNAVAILABLE ->
                    english
                            ? "This procedure is not open today: it is not published yet, it is"
                                    + " closed, or its opening dates are over. Ask the town hall."
                            : "Cette démarche n'est pas ouverte aujourd'hui : elle n'est pas encore"
                                    + " publiée, elle est fermée ou ses dates d'ouverture sont"
                                    + " passées. Renseignez-vous auprès de la mairie.";
            case IDEMPOTENCY_KEY_REUSED ->
                    english
                            ? "This request was already sent with other answers. Start again"
                                    + " from the beginning."
                            : "Cette demande a déjà été envoyée avec d'autres réponses."
                                    + " Recommencez depuis le début.";
        };
    }

    /**
     * A file name as the terminal may print it: each control, formatting or separator character (an
     * escape that would recolour the terminal, a line break, U+2028, a bidirectional override that
     * would reorder the line, a tag character), a lone surrogate and an unassigned code point shown
     * as {@code ?}.
     */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .forEach(
                        c -> {
                            int type = Character.getType(c);
                            boolean hidden =
                                    Character.isISOControl(c)
                                            || type == Character.FORMAT
                                            || type == Character.LINE_SEPARATOR
                                            || type == Character.PARAGRAPH_SEPARATOR
                                            || type == Character.SURROGATE
                                            || type == Character.UNASSIGNED;
                            if (hidden) {
                                out.append('?');
                            } else {
                                out.appendCodePoint(c);
                            }
                        });
        return out.toString();
    }

    /**
     * Says in the resident's language that a file cannot be read, naming it as it was given, its
     * control characters shown as {@code ?}; the system's own message, in English, is not shown.
     */
    static String cannotRead(IOException e, String typed, Locale locale) {
        boolean english = english(locale);
        String name = printable(typed);
        if (name.isEmpty()) {
            return english
                    ? "The sample answers cannot be read."
                    : "Les réponses d'exemple ne peuvent pas être lues.";
        }
        if (e instanceof NoSuchFileException) {
            return english ? "No such file: " + name : "Ce fichier n'existe pas : " + name;
        }
        if (e instanceof AccessDeniedException) {
            return english
                    ? "You are not allowed to read this file: " + name
                    : "Vous n'avez pas le droit de lire ce fichier : " + name;
        }
        return english
                ? "This file cannot be read (check its name, or save your answers in another"
                        + " file): "
                        + name
                : "Ce fichier ne peut pas être lu (vérifiez son nom, ou enregistrez vos réponses"
                        + " dans un autre fichier) : "
                        + name;
    }

    /**
     * A path that names a folder, an empty file or something not on disk where a file is expected.
     */
    private static final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String file;
        private final boolean folder;
        private final boolean empty;

        private NotAFileException(String file, boolean folder, boolean empty) {
            super(file);
            this.file = file;
            this.folder = folder;
            this.empty = empty;
        }

        static NotAFileException folder(String file) {
            return new NotAFileException(file, true, false);
        }

        static NotAFileException empty(String file) {
            return new NotAFileException(file, false, true);
        }

        static NotAFileException notOnDisk(String file) {
            return new NotAFileException(file, false, false);
        }

        String getFile() {
            return printable(file);
        }

        boolean isFolder() {
            return folder;
        }

        boolean isEmpty() {
            return empty;
        }
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
