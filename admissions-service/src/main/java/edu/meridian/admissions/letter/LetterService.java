package edu.meridian.admissions.letter;

import edu.meridian.admissions.AdmissionsConfig;
import edu.meridian.admissions.application.AdmissionApplication;
import edu.meridian.admissions.application.ApplicationService;
import edu.meridian.admissions.programme.DegreeProgramme;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.UploadedFile;
import edu.meridian.web.Caller;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Admission letters: an officer issues the letter of an application whose offer was accepted — printed in Chinese and
 * English from the application and its programme, with a fresh verification code — which moves the application to
 * {@code admission_letter_issued}. Whoever may see the application reads its letter; anyone holding a letter checks
 * its code publicly ({@link #verify}), learning only the names, the programme and the date.
 */
@ApplicationScoped
public class LetterService {

    private final ApplicationService applications;
    private final IssuedLetterRepository letters;
    private final LetterPrinter printer;
    private final AdmissionsConfig.Letters config;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    LetterService(ApplicationService applications, IssuedLetterRepository letters, LetterPrinter printer,
            AdmissionsConfig config, Caller caller, Today today, Clock clock) {
        this.applications = applications;
        this.letters = letters;
        this.printer = printer;
        this.config = config.letters();
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    @Transactional
    public IssuedLetter issue(UUID applicationId, String ifMatch, LetterContent content) {
        var problems = LetterRules.registrationProblems(content.registrationFrom(), content.registrationUntil());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        ApplicationService.Accepted accepted = applications.acceptedForLetter(applicationId, ifMatch);
        DegreeProgramme programme = accepted.programme();
        if (!LetterRules.LETTER_CURRENCY.equals(programme.tuitionCurrency)) {
            throw ProblemException.conflict("letter-currency", "Tuition not in yuan",
                    "The admission letter states tuition in yuan (CNY); this programme's is in "
                            + programme.tuitionCurrency, Map.of("currency", programme.tuitionCurrency));
        }
        AdmissionApplication application = accepted.application();
        VerificationCode code = VerificationCode.generate();
        AdmissionLetter letter = new AdmissionLetter(
                new AdmissionLetter.Applicant(LetterRules.passportName(application.surname, application.givenNames),
                        content.chineseName()),
                new AdmissionLetter.Programme(programme.nameEn, programme.nameZh,
                        Period.ofMonths(programme.durationMonths), programme.tuitionAmount),
                YearMonth.from(accepted.intake().startsOn), content.registrationFrom(), content.registrationUntil(),
                today.date(), new AdmissionLetter.Issuer(config.universityEn(), config.universityZh(),
                        config.officeEn(), config.officeZh()),
                code, verificationPage(code));
        byte[] pdf = printer.print(letter);

        IssuedLetter issued = new IssuedLetter();
        issued.id = UUID.randomUUID();
        issued.applicationId = application.id;
        issued.verificationCode = code.value();
        issued.passportName = letter.applicant().passportName();
        issued.chineseName = content.chineseName().orElse(null);
        issued.programmeNameEn = programme.nameEn;
        issued.programmeNameZh = programme.nameZh;
        issued.issuedOn = letter.issuedOn();
        issued.file = new UploadedFile();
        issued.file.fileName = "admission-letter-" + code.compact() + ".pdf";
        issued.file.contentType = Uploads.PDF;
        issued.file.sizeBytes = pdf.length;
        issued.file.sha256 = Uploads.sha256(pdf);
        issued.file.uploadedBy = caller.username();
        issued.file.uploadedAt = clock.instant();
        store(issued, pdf);
        applications.letterIssued(accepted);
        return issued;
    }

    /** The letter of an application the caller may see; 404 for any other, and for one without a letter yet. */
    public IssuedLetter ofApplication(UUID applicationId) {
        AdmissionApplication application = applications.get(applicationId);
        return letters.ofApplication(application.id)
                .orElseThrow(() -> ProblemException.notFound("Admission letter of application", applicationId));
    }

    public byte[] slice(IssuedLetter letter, long offset, int length) {
        return letters.slice(letter.id, offset, length);
    }

    /** The letter with this code, as typed by anyone; a code that is not one and a code of no letter look the same. */
    public Optional<IssuedLetter> verify(String typed) {
        return VerificationCode.parse(typed).flatMap(letters::byCode);
    }

    private URI verificationPage(VerificationCode code) {
        String site = config.publicSite().toString().replaceAll("/+$", "");
        return URI.create(site + "/verify/" + code.compact());
    }

    private void store(IssuedLetter issued, byte[] pdf) {
        Path file = null;
        try {
            file = Files.createTempFile("admission-letter-", ".pdf");
            Files.write(file, pdf);
            letters.insert(issued, file);
        } catch (IOException e) {
            throw new UncheckedIOException("The admission letter could not be buffered", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind holds no more than the stored letter; the OS clears /tmp
            }
        }
    }
}
