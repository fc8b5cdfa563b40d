package edu.meridian.admissions.visa;

import edu.meridian.admissions.application.AdmissionApplication;
import edu.meridian.admissions.application.ApplicationService;
import edu.meridian.web.Caller;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The register of the ministry's visa forms: batches as they arrive, every form blank until it is issued to one
 * admitted applicant — JW201 for a Chinese Government Scholarship, JW202 otherwise ({@link VisaFormType}) — voided
 * with a reason, or reissued, which voids it and issues the next blank form in its place. A number is issued at
 * most once: each is one row, whose status only moves forward, and the database holds a student to one valid form.
 */
@ApplicationScoped
public class VisaFormService {

    private final VisaFormRepository forms;
    private final ReceivedBatchRepository batches;
    private final ApplicationService applications;
    private final Caller caller;
    private final Clock clock;

    VisaFormService(VisaFormRepository forms, ReceivedBatchRepository batches, ApplicationService applications,
            Caller caller, Clock clock) {
        this.forms = forms;
        this.batches = batches;
        this.applications = applications;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public ReceivedBatch record(BatchContent content) {
        List<FormNumber> numbers = numbers(content);
        batches.lockRegister();
        List<String> recorded = forms.existing(numbers);
        if (!recorded.isEmpty()) {
            throw ProblemException.conflict("visa-forms-recorded", "Forms already recorded", "The register already "
                    + "holds " + recorded.size() + (recorded.size() == 1 ? " number" : " numbers") + " of this batch, e.g. "
                    + recorded.get(0), Map.of("numbers", recorded));
        }
        ReceivedBatch batch = new ReceivedBatch();
        batch.id = UUID.randomUUID();
        batch.type = content.type();
        batch.receivedOn = content.receivedOn();
        batch.firstNumber = numbers.stream().min(FormNumber::compareTo).orElseThrow().text();
        batch.lastNumber = numbers.stream().max(FormNumber::compareTo).orElseThrow().text();
        batch.size = numbers.size();
        batch.created(caller.username(), clock.instant());
        batches.persist(batch);
        batches.flush();
        forms.insertBlank(batch.id, batch.type, numbers.stream().sorted().toList());
        return batch;
    }

    public List<ReceivedBatch> batches() {
        return batches.newestFirst();
    }

    public Map<UUID, Map<VisaFormStatus, Long>> countsByBatch() {
        return forms.countsByBatch();
    }

    public Page<VisaForm> search(VisaFormType type, VisaFormStatus status, UUID applicationId, int page, int size) {
        return forms.search(type, status, applicationId, page, size);
    }

    public VisaForm get(String number) {
        return forms.findByIdOptional(normalised(number)).orElseThrow(() -> ProblemException.notFound("Visa form", number));
    }

    /** Issues the next blank form of the applicant's type to an admitted applicant without a valid form. */
    @Transactional
    public VisaForm issue(UUID applicationId) {
        AdmissionApplication application = applications.admittedForVisaForm(applicationId);
        forms.validOf(application.id).ifPresent(held -> {
            throw ProblemException.conflict("visa-form-held", "Visa form already issued", "This applicant holds "
                    + held.type + " " + held.number + "; void it or reissue it instead", Map.of("number", held.number));
        });
        return issueNext(application, null);
    }

    @Transactional
    public VisaForm voidForm(String number, String ifMatch, String reason) {
        VisaForm form = locked(number);
        ETags.require(ifMatch, form.version);
        if (form.status == VisaFormStatus.voided) {
            throw ProblemException.conflict("visa-form-voided", "Visa form voided", "Form " + form.number
                    + " was voided already: " + form.voidReason, Map.of("number", form.number));
        }
        markVoided(form, reason);
        return form;
    }

    /** Voids the issued form and issues the next blank one to the same applicant in its place. */
    @Transactional
    public VisaForm reissue(String number, String ifMatch, String reason) {
        VisaForm form = locked(number);
        ETags.require(ifMatch, form.version);
        if (form.status != VisaFormStatus.issued) {
            throw ProblemException.conflict("visa-form-not-issued", "Visa form not issued", "Only an issued form is "
                    + "reissued; form " + form.number + " is " + form.status, Map.of("status", form.status));
        }
        AdmissionApplication application = applications.admittedForVisaForm(form.applicationId);
        markVoided(form, reason);
        forms.flush();
        return issueNext(application, form.number);
    }

    private VisaForm issueNext(AdmissionApplication application, String replaces) {
        if (application.funding == null) {
            throw ProblemException.conflict("funding-unknown", "Funding unknown", "The form type follows the funding, "
                    + "which this application does not state", Map.of());
        }
        VisaFormType type = VisaFormType.forFunding(application.funding.type());
        VisaForm form = forms.nextBlankLocked(type).orElseThrow(() -> ProblemException.conflict("no-blank-forms",
                "No blank forms", "The register holds no blank " + type + " form; record the ministry's next batch",
                Map.of("type", type)));
        form.status = VisaFormStatus.issued;
        form.applicationId = application.id;
        form.issuedBy = caller.username();
        form.issuedAt = clock.instant();
        form.replaces = replaces;
        forms.flush();
        return form;
    }

    private void markVoided(VisaForm form, String reason) {
        form.status = VisaFormStatus.voided;
        form.voidReason = reason.strip();
        form.voidedBy = caller.username();
        form.voidedAt = clock.instant();
    }

    private VisaForm locked(String number) {
        return forms.locked(normalised(number)).orElseThrow(() -> ProblemException.notFound("Visa form", number));
    }

    private static String normalised(String number) {
        return FormNumber.parse(number).map(FormNumber::text).orElse(number);
    }

    /** The batch's numbers, or 400 naming what is wrong with the range or the list. */
    private static List<FormNumber> numbers(BatchContent content) {
        boolean range = content.first() != null || content.last() != null;
        if (range == !content.numbers().isEmpty()) {
            throw ProblemException.invalid("numbers", FieldErrorCode.REQUIRED,
                    "give either first and last, or the list of numbers");
        }
        if (range) {
            List<Problem.FieldError> problems = FormBatches.check(content.type(), content.first(), content.last(),
                    List.of()).stream().map(VisaFormService::problem).toList();
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            return new FormBatch(content.type(), FormNumber.parse(content.first()).orElseThrow(),
                    FormNumber.parse(content.last()).orElseThrow()).numbers().toList();
        }
        if (content.numbers().size() > FormBatches.MAX_SIZE) {
            throw ProblemException.invalid("numbers", FieldErrorCode.SIZE, "holds at most " + FormBatches.MAX_SIZE
                    + " numbers", Map.of("min", 1, "max", FormBatches.MAX_SIZE));
        }
        List<Problem.FieldError> problems = new ArrayList<>();
        List<FormNumber> numbers = new ArrayList<>();
        Set<FormNumber> seen = new HashSet<>();
        for (int i = 0; i < content.numbers().size(); i++) {
            Optional<FormNumber> number = FormNumber.parse(content.numbers().get(i));
            if (number.isEmpty()) {
                problems.add(new Problem.FieldError("numbers[" + i + "]", FieldErrorCode.PATTERN,
                        "is not a form number such as A26001234", Map.of("value", String.valueOf(content.numbers().get(i)))));
            } else if (!seen.add(number.get())) {
                problems.add(new Problem.FieldError("numbers[" + i + "]", FieldErrorCode.DUPLICATE, "is listed twice"));
            } else {
                numbers.add(number.get());
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return numbers;
    }

    private static Problem.FieldError problem(FormBatches.Finding finding) {
        Map<String, Object> params = finding.params();
        return switch (finding.code()) {
            case malformed_number -> new Problem.FieldError(String.valueOf(params.get("field")), FieldErrorCode.PATTERN,
                    "is not a form number such as A26001234", Map.of("value", params.get("value")));
            case different_series -> new Problem.FieldError("last", FieldErrorCode.INVALID,
                    "is not of the series of first (same letters, same number of digits)");
            case reversed_range -> new Problem.FieldError("last", FieldErrorCode.NOT_BEFORE,
                    "must not be before first", Map.of("other", "first"));
            case too_large -> new Problem.FieldError("last", FieldErrorCode.MAX,
                    "makes a batch of more than " + params.get("max") + " forms", Map.of("value", params.get("max")));
            case overlaps -> new Problem.FieldError("first", FieldErrorCode.DUPLICATE, "overlaps a recorded batch");
        };
    }
}
