package edu.meridian.admissions.application;

import edu.meridian.admissions.programme.DocumentKind;
import edu.meridian.persistence.personal.Masking;
import edu.meridian.web.Enums;
import edu.meridian.web.Page;
import edu.meridian.web.PageRequest;
import edu.meridian.web.Responses;
import edu.meridian.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Admission applications: an applicant writes, submits and follows their own (anyone else's is a 404 for them);
 * admissions officers and office admins process all of them; office staff read them. Leadership sees figures only,
 * later, never applications.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/admissions/applications")
@Tag(name = "Applications")
@RolesAllowed({Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN, Roles.OFFICE_STAFF})
public class ApplicationResource {

    private final ApplicationService service;

    ApplicationResource(ApplicationService service) {
        this.service = service;
    }

    /** The list filters, all optional. */
    public static class ListQuery {
        @QueryParam("state") public ApplicationState state;
        @QueryParam("nationality") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        public String nationality;
        @QueryParam("q") @Size(max = 200) public String q;
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageRequest.MAX_PAGE) public int page;
        @QueryParam("size") @DefaultValue(PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) public int size;
    }

    @GET
    @Operation(operationId = "listApplications", summary = "Applications, the latest change first, filtered by state, "
            + "nationality and name (q); an applicant gets their own only")
    public Page<ApplicationResponse> list(@Valid @BeanParam ListQuery query) {
        Page<AdmissionApplication> page = service.search(new ApplicationFilter(query.state, query.nationality, query.q),
                query.page, query.size);
        Map<UUID, List<Offer>> offers = service.offers(page.items());
        return page.map(application -> body(application, offers.getOrDefault(application.id, List.of())));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApplication", summary = "One application with its documents, offers, what is missing and the allowed transitions")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "createApplication", summary = "Start a draft application (one open application per "
            + "applicant: 409 urn:meridian:problem:application-exists); any part may be filled in later")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "201", responseDescription = "Created")
    public Response create(@NotNull @Valid ApplicationRequest request) {
        AdmissionApplication application = service.create(request.toContent());
        return Responses.created("/api/admissions/applications/" + application.id, body(application, List.of()),
                application.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "updateApplication", summary = "Save the draft as it is now (If-Match with its ETag)")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationRequest request) {
        return ok(service.update(id, ifMatch, request.toContent()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.APPLICANT, Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "transitionApplication", summary = "Move an application: the applicant submits (409 "
            + "urn:meridian:problem:application-incomplete listing what is missing) or withdraws; an officer marks the "
            + "documents complete (all verified), reviews, waitlists, rejects (with a reason) or withdraws it (with a "
            + "reason). If-Match with its ETag")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationTransitionRequest request) {
        ApplicationState to = Enums.parse(ApplicationState.class, "to", request.to());
        return ok(service.transition(id, ifMatch, to, request.reason()));
    }

    @POST
    @Path("/{id}/offers")
    @RolesAllowed({Roles.ADMISSIONS_OFFICER, Roles.OFFICE_ADMIN})
    @Operation(operationId = "offerApplication", summary = "Offer the intake of one choice, conditionally (with "
            + "conditions) or not, to be answered by the deadline (If-Match with the application's ETag)")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response offer(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OfferRequest request) {
        return ok(service.offer(id, ifMatch, request.priority(), request.kind(), request.conditions(),
                request.deadline()));
    }

    @POST
    @Path("/{id}/offers/{offerId}/answer")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(operationId = "answerOffer", summary = "The applicant accepts (closing their other offers) or declines "
            + "an offer by its deadline; 409 offer-expired, intake-full or offer-not-open (If-Match with the application's ETag)")
    @APIResponseSchema(value = ApplicationResponse.class, responseCode = "200", responseDescription = "OK")
    public Response answer(@PathParam("id") UUID id, @PathParam("offerId") UUID offerId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid OfferAnswerRequest request) {
        return ok(service.answer(id, offerId, ifMatch, request.answer() == OfferAnswerRequest.Answer.accept));
    }

    private Response ok(AdmissionApplication application) {
        return Responses.withVersion(body(application, service.offers(application)), application.version);
    }

    private static ApplicationResponse.MaskedPassport passport(AdmissionApplication application) {
        if (application.passportNumber == null && application.passportExpiry == null) {
            return null;
        }
        return new ApplicationResponse.MaskedPassport(
                application.passportNumber == null ? null : Masking.documentNumber(application.passportNumber),
                application.passportExpiry == null ? null : Masking.yearOnly(application.passportExpiry));
    }

    private ApplicationResponse body(AdmissionApplication application, List<Offer> offers) {
        LocalDate today = service.today();
        boolean owner = service.viewer().owns(application);
        List<ApplicationResponse.RequiredDocument> documents = new ArrayList<>();
        for (Map.Entry<DocumentKind, ApplicationDocument> entry : service.checklist(application).entrySet()) {
            ApplicationDocument document = entry.getValue();
            documents.add(new ApplicationResponse.RequiredDocument(entry.getKey(),
                    document == null ? DocumentStatus.missing : document.status, document == null ? null : document.id,
                    document == null ? null : document.rejectionReason));
        }
        List<ApplicationResponse.OfferResponse> offered = offers.stream().map(offer -> {
            boolean expired = offer.state == OfferState.issued && OfferRules.expired(offer.deadline, today);
            List<String> answers = owner && offer.state == OfferState.issued && !expired ? List.of("accept", "decline")
                    : List.of();
            return new ApplicationResponse.OfferResponse(offer.id, offer.priority, offer.intakeId, offer.kind,
                    List.copyOf(offer.conditions), offer.deadline, offer.state, expired, offer.issuedAt,
                    offer.answeredAt, answers);
        }).toList();
        return new ApplicationResponse(application.id, application.applicantUsername, application.surname,
                application.givenNames, application.nationality, application.dateOfBirth, passport(application),
                List.copyOf(application.education), List.copyOf(application.languageTests), application.funding,
                List.copyOf(application.choices), documents, offered, application.state,
                service.allowedTransitions(application),
                application.state == ApplicationState.draft ? service.missing(application) : null,
                application.submittedAt, application.decisionReason, application.version, application.createdAt,
                application.updatedAt, application.updatedBy);
    }
}
