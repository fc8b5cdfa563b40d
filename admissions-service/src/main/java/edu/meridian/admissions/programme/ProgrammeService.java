package edu.meridian.admissions.programme;

import edu.meridian.persistence.Revisions;
import edu.meridian.persistence.Today;
import edu.meridian.persistence.Versions;
import edu.meridian.web.Caller;
import edu.meridian.web.Disclosure;
import edu.meridian.web.ETags;
import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.Page;
import edu.meridian.web.Problem;
import edu.meridian.web.ProblemException;
import edu.meridian.web.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Degree programmes and their intakes, kept by admissions officers and office admins and read by everyone in
 * admissions (applicants choose from them). Every change is a revision.
 */
@ApplicationScoped
public class ProgrammeService {

    public static final String PROGRAMME = "degree-programme";
    public static final String INTAKE = "intake";

    private final ProgrammeRepository programmes;
    private final IntakeRepository intakes;
    private final Revisions revisions;
    private final Caller caller;
    private final Today today;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, IntakeRepository intakes, Revisions revisions, Caller caller,
            Today today, Clock clock) {
        this.programmes = programmes;
        this.intakes = intakes;
        this.revisions = revisions;
        this.caller = caller;
        this.today = today;
        this.clock = clock;
    }

    /**
     * What the caller reads of programmes and intakes: who changed them is for the admissions office only, not for
     * applicants, leadership or campus systems (least data per role).
     */
    public Disclosure disclosure() {
        return caller.hasAnyRole(Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF, Roles.ADMISSIONS_OFFICER) ? Disclosure.ALL
                : Disclosure.withholding("createdBy", "updatedBy");
    }

    public Page<DegreeProgramme> programmes(String q, int page, int size) {
        return programmes.search(q, page, size);
    }

    public DegreeProgramme programme(UUID id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Degree programme", id));
    }

    public Versions programmeVersions() {
        return revisions.versions(PROGRAMME, this::programme);
    }

    @Transactional
    public DegreeProgramme create(ProgrammeContent content) {
        check(content, null);
        DegreeProgramme programme = new DegreeProgramme();
        programme.id = UUID.randomUUID();
        programme.created(caller.username(), clock.instant());
        programme.apply(content);
        programmes.persist(programme);
        programmes.flush();
        revisions.record(PROGRAMME, programme.id, "created", ProgrammeSnapshot.of(programme), caller.actor());
        return programme;
    }

    @Transactional
    public DegreeProgramme update(UUID id, String ifMatch, ProgrammeContent content) {
        DegreeProgramme programme = programme(id);
        ETags.require(ifMatch, programme.version);
        check(content, id);
        programme.apply(content);
        programme.changed(caller.username(), clock.instant());
        programmes.flush();
        revisions.record(PROGRAMME, id, "updated", ProgrammeSnapshot.of(programme), caller.actor());
        return programme;
    }

    public LocalDate today() {
        return today.date();
    }

    /** Intakes, the soonest first: of one programme if given, only those taking applications today if asked. */
    public Page<Intake> intakes(UUID programmeId, boolean openOnly, String q, int page, int size) {
        return intakes.search(programmeId, openOnly ? today.date() : null, q, page, size);
    }

    public Intake intake(UUID id) {
        return intakes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Intake", id));
    }

    public boolean intakeExists(UUID id) {
        return intakes.findByIdOptional(id).isPresent();
    }

    /** Locks the intake's row until the caller's transaction ends (counting its places). */
    public void lockIntake(UUID id) {
        intakes.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Versions intakeVersions() {
        return revisions.versions(INTAKE, this::intake);
    }

    @Transactional
    public Intake createIntake(UUID programmeId, IntakeContent content) {
        DegreeProgramme programme = programmes.findByIdOptional(programmeId).orElseThrow(() -> ProblemException.invalid(
                "programmeId", FieldErrorCode.UNKNOWN_REFERENCE, "is not a degree programme"));
        check(programme.id, content, null);
        Intake intake = new Intake();
        intake.id = UUID.randomUUID();
        intake.programmeId = programme.id;
        intake.created(caller.username(), clock.instant());
        intake.apply(content);
        intakes.persist(intake);
        intakes.flush();
        revisions.record(INTAKE, intake.id, "created", IntakeSnapshot.of(intake), caller.actor());
        return intake;
    }

    @Transactional
    public Intake updateIntake(UUID id, String ifMatch, UUID programmeId, IntakeContent content) {
        Intake intake = intake(id);
        ETags.require(ifMatch, intake.version);
        if (!intake.programmeId.equals(programmeId)) {
            throw ProblemException.invalid("programmeId", FieldErrorCode.UNCHANGEABLE,
                    "cannot change once the intake exists");
        }
        check(intake.programmeId, content, id);
        intake.apply(content);
        intake.changed(caller.username(), clock.instant());
        intakes.flush();
        revisions.record(INTAKE, id, "updated", IntakeSnapshot.of(intake), caller.actor());
        return intake;
    }

    private void check(ProgrammeContent content, UUID self) {
        List<Problem.FieldError> problems = new ArrayList<>(ProgrammeRules.programmeProblems(content));
        programmes.byCode(content.code()).filter(other -> !other.id.equals(self)).ifPresent(other -> problems.add(
                new Problem.FieldError("code", FieldErrorCode.DUPLICATE, "is the code of another programme",
                        Map.of("value", content.code()))));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private void check(UUID programmeId, IntakeContent content, UUID self) {
        List<Problem.FieldError> problems = new ArrayList<>(ProgrammeRules.intakeProblems(content));
        intakes.of(programmeId, content.startsOn()).filter(other -> !other.id.equals(self)).ifPresent(other ->
                problems.add(new Problem.FieldError("startsOn", FieldErrorCode.DUPLICATE,
                        "is the start of another intake of this programme", Map.of("value", content.startsOn().toString()))));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }
}
