package edu.meridian.testing.archsample.good.agreement;

import java.util.UUID;

public record AgreementRequest(String title, UUID partnerId) {
}
