package th.servicepoint.site;

/** A division as the admin screens list it. */
public record DivisionView(long id, String code, String nameTh, String nameEn) {

    static DivisionView of(Division division) {
        return new DivisionView(division.id, division.code, division.nameTh, division.nameEn);
    }
}
