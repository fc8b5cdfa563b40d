package edu.meridian.testing.archsample.good.agreement;

import java.util.UUID;

public record AgreementResponse(UUID id, String title) {

    static AgreementResponse from(Agreement agreement) {
        return new AgreementResponse(agreement.id, agreement.title);
    }
}
