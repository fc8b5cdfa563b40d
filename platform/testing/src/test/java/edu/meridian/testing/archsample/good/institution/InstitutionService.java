package edu.meridian.testing.archsample.good.institution;

import jakarta.persistence.EntityManager;

import java.util.UUID;

/** Services may use the EntityManager; only resources may not. */
public class InstitutionService {

    private final EntityManager entityManager;

    InstitutionService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Institution find(UUID id) {
        return entityManager.find(Institution.class, id);
    }
}
