package edu.meridian.testing.archsample.bad.agreement;

import java.util.UUID;

public record AgreementResponse(UUID id) {
}
