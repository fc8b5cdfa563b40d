package edu.meridian.bench.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/** A read-only view of partners-service's institution table: the columns a list row shows. */
@Entity
@Immutable
@Table(name = "institution")
public class ReferenceInstitution extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public String country;
    public String city;
    public String kind;
    public String status;
    public String owner;
}
