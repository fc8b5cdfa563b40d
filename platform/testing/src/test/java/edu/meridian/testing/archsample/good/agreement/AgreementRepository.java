package edu.meridian.testing.archsample.good.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.UUID;

public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {
}
