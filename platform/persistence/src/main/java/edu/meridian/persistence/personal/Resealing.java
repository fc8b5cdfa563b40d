package edu.meridian.persistence.personal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The re-encryption path after a key rotation: puts the new key first in {@value PersonalData#KEYS}, keeps the old
 * one after it, restarts, and has every sealed column sealed again with the new key; then the old key can go. Rows
 * are rewritten only where they still hold the value that was read, so replicas may run it at the same time.
 */
@ApplicationScoped
public class Resealing {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final PersonalData personalData;

    Resealing(EntityManager entityManager, PersonalData personalData) {
        this.entityManager = entityManager;
        this.personalData = personalData;
    }

    /** Seals every value of {@code table.column} not sealed with the current key again; the number of values resealed. */
    @Transactional
    public int reseal(String table, String idColumn, String column) {
        for (String name : List.of(table, idColumn, column)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL name: " + name);
            }
        }
        Sealing sealing = personalData.sealing();
        String current = Sealing.FORMAT + ":" + personalData.sealing().currentKeyId() + ":%";
        int resealed = 0;
        List<?> rows;
        do {
            @SuppressWarnings("unchecked")
            List<Object[]> batch = entityManager.createNativeQuery("select " + idColumn + ", " + column + " from "
                    + table + " where " + column + " is not null and " + column + " not like :current limit " + BATCH)
                    .setParameter("current", current).getResultList();
            rows = batch;
            for (Object[] row : batch) {
                String sealed = (String) row[1];
                resealed += entityManager.createNativeQuery("update " + table + " set " + column + " = :resealed where "
                        + idColumn + " = :id and " + column + " = :sealed")
                        .setParameter("resealed", sealing.reseal(sealed)).setParameter("id", row[0])
                        .setParameter("sealed", sealed).executeUpdate();
            }
        } while (rows.size() == BATCH);
        return resealed;
    }
}
