package edu.meridian.admissions.letter;

import edu.meridian.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public check of an admission letter, for an embassy or the applicant's family: no token. A real code answers
 * the names, the programme and the date; any other string — malformed, mistyped or unknown — the same 404.
 * The gateway limits how often one address asks.
 */
@Path("/api/admissions/verify")
@Tag(name = "Admission letters")
@PermitAll
public class VerificationResource {

    private final LetterService letters;

    VerificationResource(LetterService letters) {
        this.letters = letters;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @Operation(operationId = "verifyAdmissionLetter", summary = "Public: whether an admission letter with this "
            + "verification code was issued, and for whom, which programme and when (404 otherwise, revealing nothing)")
    public VerificationResponse verify(@PathParam("code") String code) {
        return letters.verify(code).map(VerificationResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Admission letter", "with this code"));
    }
}
