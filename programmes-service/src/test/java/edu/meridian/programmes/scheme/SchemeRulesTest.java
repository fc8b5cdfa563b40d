package edu.meridian.programmes.scheme;

import edu.meridian.programmes.partner.PartnerAgreement;
import edu.meridian.programmes.partner.PartnerInstitution;
import edu.meridian.web.Problem.FieldError;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SchemeRulesTest {

    private final PartnerInstitution nus = institution();
    private final PartnerInstitution ntu = institution();
    private final PartnerAgreement nusExchange = agreement(nus);

    @Test
    void aDestinationIsAKnownPartnerWithAnAgreementThatNamesIt() {
        assertThat(SchemeRules.destinationProblems(List.of(new SchemeDestination(nus.id, nusExchange.id)),
                Map.of(nus.id, nus), Map.of(nusExchange.id, nusExchange))).isEmpty();
    }

    @Test
    void unknownPartnersAgreementsOfOthersDeletedAgreementsAndRepeatsAreRefused() {
        PartnerAgreement deleted = agreement(ntu);
        deleted.deleted = true;
        UUID stranger = UUID.randomUUID();
        List<SchemeDestination> destinations = List.of(
                new SchemeDestination(ntu.id, nusExchange.id),
                new SchemeDestination(stranger, nusExchange.id),
                new SchemeDestination(ntu.id, deleted.id),
                new SchemeDestination(nus.id, UUID.randomUUID()));

        assertThat(SchemeRules.destinationProblems(destinations, Map.of(nus.id, nus, ntu.id, ntu),
                Map.of(nusExchange.id, nusExchange, deleted.id, deleted)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        Tuple.tuple("destinations[0].agreementId", "does not name this institution as a partner"),
                        Tuple.tuple("destinations[1].institutionId", "is not a known partner institution"),
                        Tuple.tuple("destinations[1].agreementId", "does not name this institution as a partner"),
                        Tuple.tuple("destinations[2].institutionId", "is already a destination of this scheme"),
                        Tuple.tuple("destinations[2].agreementId", "is not a known agreement"),
                        Tuple.tuple("destinations[3].agreementId", "is not a known agreement"));
    }

    private static PartnerInstitution institution() {
        PartnerInstitution institution = new PartnerInstitution();
        institution.id = UUID.randomUUID();
        return institution;
    }

    private static PartnerAgreement agreement(PartnerInstitution partner) {
        PartnerAgreement agreement = new PartnerAgreement();
        agreement.id = UUID.randomUUID();
        agreement.state = "active";
        agreement.partnerIds = List.of(partner.id);
        return agreement;
    }
}
