package no.gevinst.municipalities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A county (fylke) as divided from 1 January 2024. */
@Entity
@Table(name = "county")
@NamedQuery(name = County.ALL, query = "select c from County c order by c.number")
public class County implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "County.all";

    @Id
    @Column(name = "number", length = 2)
    private String number;

    private String name;

    private String officialName;

    protected County() {
    }

    /** A county a new register brings. */
    public County(String number, String name) {
        this.number = number;
        this.name = name;
        this.officialName = name;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    /** The official, possibly multilingual name, e.g. "Troms - Romsa - Tromssa". */
    public String getOfficialName() {
        return officialName;
    }
}
