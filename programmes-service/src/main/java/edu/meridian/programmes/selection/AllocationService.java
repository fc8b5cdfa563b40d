package edu.meridian.programmes.selection;

import edu.meridian.programmes.application.Application;
import edu.meridian.programmes.application.ApplicationService;
import edu.meridian.programmes.application.ApplicationState;
import edu.meridian.programmes.call.Call;
import edu.meridian.programmes.call.CallService;
import edu.meridian.programmes.call.CallState;
import edu.meridian.programmes.call.ResultsPublishing;
import edu.meridian.web.Caller;
import edu.meridian.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ranking and allocation of a call ({@link RankingRules}, {@link AllocationRules}) as a stored run, named by the
 * {@link SelectionFingerprint} of its inputs. A run holds the call's row for update, so runs of one call happen one at
 * a time: the same inputs give back the stored run, other inputs replace it. Publishing the results needs the run of
 * the current inputs and moves each application to selected or waitlisted.
 */
@ApplicationScoped
public class AllocationService {

    private final AllocationRunRepository runs;
    private final AssignmentRepository assignments;
    private final ApplicationService applications;
    private final CallService calls;
    private final Caller caller;
    private final Clock clock;

    AllocationService(AllocationRunRepository runs, AssignmentRepository assignments, ApplicationService applications,
            CallService calls, Caller caller, Clock clock) {
        this.runs = runs;
        this.assignments = assignments;
        this.applications = applications;
        this.calls = calls;
        this.caller = caller;
        this.clock = clock;
    }

    /** A run and whether this request made it (false: the stored run of the same inputs). */
    public record Outcome(AllocationRun run, boolean created) {
    }

    /** A call's stored run with its results in rank order, and whether its inputs are still the current ones. */
    public record Stored(AllocationRun run, List<AllocationResult> results, boolean current, Call call) {
    }

    /**
     * Ranks and allocates the call's applications in selection. Refused (409) unless the call is in selection and every
     * application is fully scored by at least one reviewer without a conflict.
     */
    @Transactional
    public Outcome allocate(UUID callId) {
        Call call = calls.lock(callId, LockModeType.PESSIMISTIC_WRITE);
        if (call.state != CallState.in_selection) {
            throw ProblemException.conflict("call-not-in-selection", "Call not in selection",
                    "An allocation runs while the call is in_selection; this one is " + call.state, Map.of());
        }
        Inputs inputs = inputs(call);
        Optional<AllocationRun> stored = runs.ofCall(callId);
        if (stored.isPresent() && stored.get().fingerprint.equals(inputs.fingerprint())) {
            return new Outcome(stored.get(), false);
        }
        Ranking ranking = RankingRules.rank(call.criteria, inputs.candidates(), inputs.reviews());
        if (!ranking.isComplete()) {
            throw ProblemException.conflict("selection-incomplete", "Selection incomplete",
                    ranking.unranked().size() + " applications are not fully scored yet; each needs a reviewer"
                            + " without a conflict of interest who has scored every criterion",
                    Map.of("unranked", ranking.unranked().stream().map(Unranked::of).toList()));
        }
        Allocation allocation;
        try {
            allocation = AllocationRules.allocate(ranking, call.destinations);
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("selection-inputs-invalid", "Selection inputs invalid", e.getMessage(), Map.of());
        }
        stored.ifPresent(runs::replace);
        AllocationRun run = new AllocationRun();
        run.id = UUID.randomUUID();
        run.callId = callId;
        run.fingerprint = inputs.fingerprint();
        run.createdAt = clock.instant();
        run.createdBy = caller.username();
        runs.persist(run, results(run, ranking, allocation));
        return new Outcome(run, true);
    }

    /** The call's stored run; 404 when there is none. */
    public Stored stored(UUID callId) {
        Call call = calls.get(callId);
        AllocationRun run = runs.ofCall(callId).orElseThrow(() -> ProblemException.notFound("Allocation of call", callId));
        return new Stored(run, runs.results(run.id), run.fingerprint.equals(inputs(call).fingerprint()), call);
    }

    /** An application's published result, to whoever may see the application; 404 before results are published. */
    public Optional<AllocationResult> publishedResult(Application application) {
        Call call = calls.get(application.callId);
        if (call.state != CallState.results_published && call.state != CallState.archived) {
            return Optional.empty();
        }
        return runs.resultOf(application.callId, application.id);
    }

    /** The destination the call's allocation gave the application; empty when it gave none (waitlisted, no run). */
    public Optional<UUID> allocatedDestination(UUID callId, UUID applicationId) {
        return runs.resultOf(callId, applicationId).filter(result -> result.outcome == AllocationOutcome.allocated)
                .map(result -> result.destination);
    }

    /** Publishing needs the run of the current inputs; then each ranked application gets its result. */
    void publishing(@Observes ResultsPublishing publishing) {
        Call call = calls.lock(publishing.call().id, LockModeType.PESSIMISTIC_WRITE);
        AllocationRun run = runs.ofCall(call.id).orElseThrow(() -> ProblemException.conflict("allocation-missing",
                "No allocation", "Run the allocation before publishing the results", Map.of()));
        if (!run.fingerprint.equals(inputs(call).fingerprint())) {
            throw ProblemException.conflict("allocation-stale", "Allocation out of date",
                    "Applications or reviews changed since the allocation ran; run it again before publishing",
                    Map.of("fingerprint", run.fingerprint));
        }
        for (AllocationResult result : runs.results(run.id)) {
            Application application = applications.find(result.applicationId);
            boolean allocated = result.outcome == AllocationOutcome.allocated;
            applications.decide(application, allocated ? ApplicationState.selected : ApplicationState.waitlisted,
                    allocated ? "allocated choice " + result.choice + " at rank " + result.rank
                            : "waitlisted at position " + result.waitlistPosition + " (rank " + result.rank + ")");
        }
    }

    private Inputs inputs(Call call) {
        List<Application> inSelection = applications.inSelection(call.id);
        List<Candidate> candidates = inSelection.stream()
                .map(application -> new Candidate(application.id, application.choices, application.gpa,
                        application.submittedAt))
                .toList();
        Set<UUID> ids = new HashSet<>(candidates.stream().map(Candidate::applicationId).toList());
        List<Review> reviews = assignments.ofCall(call.id).stream()
                .filter(assignment -> ids.contains(assignment.applicationId))
                .map(Assignment::review)
                .toList();
        return new Inputs(candidates, reviews,
                SelectionFingerprint.of(call.criteria, call.destinations, candidates, reviews));
    }

    private static List<AllocationResult> results(AllocationRun run, Ranking ranking, Allocation allocation) {
        Map<UUID, RankedCandidate> ranked = ranking.ranked().stream()
                .collect(Collectors.toMap(candidate -> candidate.candidate().applicationId(), Function.identity()));
        return allocation.decisions().stream().map(decision -> {
            AllocationResult result = new AllocationResult();
            result.runId = run.id;
            result.callId = run.callId;
            result.applicationId = decision.applicationId();
            result.rank = decision.rank();
            result.score = ranked.get(decision.applicationId()).score();
            result.tieBreak = StoredReason.of(ranked.get(decision.applicationId()).tieBreak());
            result.outcome = decision.outcome();
            result.destination = decision.destination();
            result.choice = decision.choice();
            result.waitlistPosition = decision.waitlistPosition();
            result.explanation = decision.explanation().stream().map(StoredReason::of).toList();
            return result;
        }).toList();
    }

    private record Inputs(List<Candidate> candidates, List<Review> reviews, String fingerprint) {
    }

    /** An application the ranking could not place, with what is missing, as the refusal lists it. */
    public record Unranked(UUID applicationId, List<StoredReason> missing) {
        static Unranked of(UnrankedCandidate unranked) {
            return new Unranked(unranked.candidate().applicationId(),
                    unranked.missing().stream().map(StoredReason::of).toList());
        }
    }
}
